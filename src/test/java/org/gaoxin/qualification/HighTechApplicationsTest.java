package org.gaoxin.qualification;

import org.gaoxin.qualification.rules.DeclaredFacts;
import org.gaoxin.qualification.rules.ExpertScores;
import org.gaoxin.qualification.rules.IpAcquisition;
import org.gaoxin.qualification.rules.FiscalYear;
import org.gaoxin.qualification.rules.HighTechApplication;
import org.gaoxin.qualification.rules.HighTechInputs;
import org.gaoxin.qualification.rules.IpPortfolio;
import org.gaoxin.qualification.rules.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.gaoxin.support.TestTexts;

import org.gaoxin.filing.AnnualReport;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.shared.HighTechField;
import org.gaoxin.filing.ReportStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A high-tech application from stored data: the application year's report and the two
 * before it; a missing year is named, never read as zeros.
 */
class HighTechApplicationsTest {

	private static final Enterprise ENTERPRISE = new Enterprise(7, "91350100M000100Y43", "示例科技有限公司", "Z1", "软件",
			HighTechField.ELECTRONIC_INFORMATION, LocalDate.of(2018, 5, 20), true, false, null, null);

	@Test
	void usesTheApplicationYearsReportAndTheTwoBeforeIt() {
		List<AnnualReport> reports = List.of(report(2021, "1"), report(2022, "40000"), report(2023, "45000"),
				report(2024, "50000"), report(2025, "99999"));

		HighTechApplication application = HighTechApplications.from(ENTERPRISE, reports, 2024).application();

		assertThat(application.years()).extracting(FiscalYear::year).containsExactly(2022, 2023, 2024);
		assertThat(application.years()).extracting(FiscalYear::salesRevenue)
			.extracting(BigDecimal::toPlainString)
			.containsExactly("40000", "45000", "50000");
		assertThat(application.totalRevenue()).isEqualByComparingTo("50000");
		assertThat(application.highTechRevenue()).isEqualByComparingTo("35000");
		assertThat(application.ip()).isEqualTo(new IpPortfolio(2, 6, null));
		assertThat(application.stStaff()).isEqualTo(15);
		assertThat(application.totalStaff()).isEqualTo(100);
		assertThat(application.years()).extracting(FiscalYear::conversions).containsExactly(2, 2, 2);
		assertThat(application.field()).isEqualTo(HighTechField.ELECTRONIC_INFORMATION);
	}

	@Test
	void isJudgedAsOnTheLastDayOfTheApplicationYear() {
		HighTechInputs inputs = HighTechApplications.from(ENTERPRISE,
				List.of(report(2022, "40000"), report(2023, "45000"), report(2024, "50000")), 2024);

		assertThat(inputs.application().applicationDate()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(inputs.application().registrationDate()).isEqualTo(LocalDate.of(2018, 5, 20));
	}

	@Test
	void aMissingYearIsReportedAndNothingIsEvaluated() {
		HighTechInputs inputs = HighTechApplications.from(ENTERPRISE,
				List.of(report(2022, "40000"), report(2024, "50000")), 2024);

		assertThat(inputs.complete()).isFalse();
		assertThat(inputs.application()).isNull();
		assertThat(inputs.evaluate()).isEmpty();
		assertThat(inputs.missing()).extracting(TestTexts::zh).containsExactly("2023年年报缺失");
		assertThat(inputs.missing()).extracting(TestTexts::en).containsExactly("annual report 2023 missing");
	}

	@Test
	void aMissingFigureIsReportedByItsSurveyCode() {
		AnnualReport withoutRd = report(2023, "45000", null);

		HighTechInputs inputs = HighTechApplications.from(ENTERPRISE,
				List.of(report(2022, "40000"), withoutRd, report(2024, "50000")), 2024);

		assertThat(inputs.missing()).extracting(TestTexts::en)
			.containsExactly("2023 R&D expense (qc236) missing",
					"2023 R&D expense incurred in China (rd_expense_domestic) missing");
	}

	@Test
	void whatTheReportsDoNotSayStaysOpen() {
		HighTechInputs inputs = HighTechApplications.from(ENTERPRISE,
				List.of(report(2022, "40000"), report(2023, "45000"), report(2024, "50000")), 2024);
		HighTechApplication application = inputs.application();

		assertThat(application.experts()).isEqualTo(ExpertScores.NONE);
		assertThat(application.ip().acquisition()).isNull();
		assertThat(application.ledStandard()).isNull();
		assertThat(application.noMajorAccident()).isNull();
		assertThat(inputs.evaluate().orElseThrow().outcome()).isEqualTo(Outcome.DEPENDS);
	}

	@Test
	void theDeclarationAndTheExpertsScoresDecide() {
		DeclaredFacts declared = new DeclaredFacts(false, false, false, false, false, IpAcquisition.OWN_RESEARCH,
				false);
		HighTechInputs inputs = HighTechApplications.from(ENTERPRISE,
				List.of(report(2022, "40000"), report(2023, "45000"), report(2024, "50000")), 2024, declared,
				new ExpertScores(6, 6, 0, 5, 5, 3, 3, 5));
		HighTechApplication application = inputs.application();

		assertThat(application.ip().acquisition()).isEqualTo(IpAcquisition.OWN_RESEARCH);
		assertThat(application.noMajorAccident()).isTrue();
		assertThat(application.ledStandard()).isFalse();
		assertThat(application.experts().ipAcquisition()).isEqualTo(5);
		// IP 6 + 6 + 7–8 + 5 + 0, conversion 7–12, organisation 16, growth 9–10 + 3–4:
		// at most 67, decided without anything left open
		assertThat(inputs.evaluate().orElseThrow().score().total()).hasToString("59–67");
		assertThat(inputs.evaluate().orElseThrow().outcome()).isEqualTo(Outcome.FAIL);
	}

	@Test
	void pointsTheDeclaredWayCannotEarnAreLeftOpen() {
		DeclaredFacts transferOnly = new DeclaredFacts(false, null, null, null, null,
				IpAcquisition.TRANSFER_GIFT_OR_MERGER_ONLY, null);
		HighTechInputs inputs = HighTechApplications.from(ENTERPRISE,
				List.of(report(2022, "40000"), report(2023, "45000"), report(2024, "50000")), 2024, transferOnly,
				new ExpertScores(6, 6, 0, 5, 5, 3, 3, 5));

		assertThat(inputs.application().experts().ipAcquisition()).isNull();
		assertThat(inputs.application().experts().technicalAdvancement()).isEqualTo(6);
	}

	@Test
	void anotherEnterprisesReportIsRejected() {
		AnnualReport foreign = report(2024, "50000").forEnterprise(8);

		assertThatThrownBy(() -> HighTechApplications.from(ENTERPRISE, List.of(foreign), 2024))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static AnnualReport report(int year, String revenue) {
		return report(year, revenue, new BigDecimal(revenue).multiply(new BigDecimal("0.06")));
	}

	/** 70 % high-tech revenue, net assets growing 35 % a year, 15 of 100 staff in S&T. */
	private static AnnualReport report(int year, String revenue, BigDecimal rd) {
		BigDecimal sales = new BigDecimal(revenue);
		BigDecimal equity = new BigDecimal("10000").multiply(new BigDecimal("1.35").pow(year - 2020));
		return new AnnualReport(7, year, ReportStatus.APPROVED, true, sales, sales, BigDecimal.ZERO, sales,
				sales.multiply(new BigDecimal("0.7")), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, rd, rd,
				sales.multiply(new BigDecimal("0.8")), BigDecimal.ONE, BigDecimal.ONE, equity.add(BigDecimal.TEN),
				BigDecimal.TEN, equity, BigDecimal.ZERO, BigDecimal.ZERO, 100, 15, 10, 1, 1, 2, 3, 1, 2, 2);
	}

}
