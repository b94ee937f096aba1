package org.gaoxin.qualification.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gaoxin.shared.HighTechField;

/**
 * An applicant that passes every condition with an innovation score of 81–94, the experts
 * having given full marks; each test changes what its rule is about.
 */
class HighTechApplicationBuilder {

	private LocalDate registered = LocalDate.of(2020, 1, 1);

	private LocalDate applying = LocalDate.of(2025, 6, 1);

	private IpPortfolio ip = new IpPortfolio(1, 0, IpAcquisition.OWN_RESEARCH);

	private HighTechField field = HighTechField.ELECTRONIC_INFORMATION;

	private int stStaff = 20;

	private int totalStaff = 100;

	private final List<FiscalYear> years = new ArrayList<>(List.of(year(2022, "40000", "2500", "10000", 5),
			year(2023, "45000", "2500", "13500", 5), year(2024, "50000", "2500", "18225", 5)));

	private BigDecimal highTechRevenue = new BigDecimal("40000");

	private BigDecimal totalRevenue = new BigDecimal("50000");

	private Boolean noMajorAccident = true;

	private Boolean ledStandard = false;

	private ExpertScores experts = new ExpertScores(8, 8, null, 6, 6, 4, 4, null);

	static HighTechApplicationBuilder applicant() {
		return new HighTechApplicationBuilder();
	}

	private static FiscalYear year(int year, String sales, String rd, String netAssets, int conversions) {
		return new FiscalYear(year, new BigDecimal(sales), new BigDecimal(rd), new BigDecimal(rd),
				new BigDecimal(netAssets), conversions);
	}

	HighTechApplicationBuilder dates(LocalDate registered, LocalDate applying) {
		this.registered = registered;
		this.applying = applying;
		return this;
	}

	HighTechApplicationBuilder ip(IpPortfolio ip) {
		this.ip = ip;
		return this;
	}

	HighTechApplicationBuilder field(HighTechField field) {
		this.field = field;
		return this;
	}

	HighTechApplicationBuilder staff(int stStaff, int totalStaff) {
		this.stStaff = stStaff;
		this.totalStaff = totalStaff;
		return this;
	}

	/** Sales and R&D (all incurred in China) of the three years, oldest first. */
	HighTechApplicationBuilder salesAndRd(String... salesThenRd) {
		for (int i = 0; i < 3; i++) {
			FiscalYear old = this.years.get(i);
			BigDecimal rd = new BigDecimal(salesThenRd[3 + i]);
			this.years.set(i, new FiscalYear(old.year(), new BigDecimal(salesThenRd[i]), rd, rd, old.netAssets(),
					old.conversions()));
		}
		return this;
	}

	HighTechApplicationBuilder domesticRd(String... domestic) {
		for (int i = 0; i < 3; i++) {
			FiscalYear old = this.years.get(i);
			this.years.set(i, new FiscalYear(old.year(), old.salesRevenue(), old.rdExpense(),
					new BigDecimal(domestic[i]), old.netAssets(), old.conversions()));
		}
		return this;
	}

	HighTechApplicationBuilder netAssets(String... netAssets) {
		for (int i = 0; i < 3; i++) {
			FiscalYear old = this.years.get(i);
			this.years.set(i, new FiscalYear(old.year(), old.salesRevenue(), old.rdExpense(), old.rdExpenseDomestic(),
					new BigDecimal(netAssets[i]), old.conversions()));
		}
		return this;
	}

	HighTechApplicationBuilder conversions(int... conversions) {
		for (int i = 0; i < 3; i++) {
			FiscalYear old = this.years.get(i);
			this.years.set(i, new FiscalYear(old.year(), old.salesRevenue(), old.rdExpense(), old.rdExpenseDomestic(),
					old.netAssets(), conversions[i]));
		}
		return this;
	}

	HighTechApplicationBuilder highTechRevenue(String highTech, String total) {
		this.highTechRevenue = new BigDecimal(highTech);
		this.totalRevenue = new BigDecimal(total);
		return this;
	}

	HighTechApplicationBuilder noMajorAccident(Boolean noMajorAccident) {
		this.noMajorAccident = noMajorAccident;
		return this;
	}

	HighTechApplicationBuilder ledStandard(Boolean ledStandard) {
		this.ledStandard = ledStandard;
		return this;
	}

	HighTechApplicationBuilder experts(ExpertScores experts) {
		this.experts = experts;
		return this;
	}

	HighTechApplication build() {
		return new HighTechApplication(this.registered, this.applying, this.ip, this.field, this.stStaff,
				this.totalStaff, this.years, this.highTechRevenue, this.totalRevenue, this.noMajorAccident,
				this.ledStandard, this.experts);
	}

	HighTechEvaluation evaluate() {
		return build().evaluate();
	}

}
