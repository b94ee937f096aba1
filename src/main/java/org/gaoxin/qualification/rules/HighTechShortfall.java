package org.gaoxin.qualification.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a high-tech application lacks, as quantities support can buy: R&D expense, S&T
 * staff, IP items, high-tech revenue; and the failing conditions no amount closes. Zero
 * everywhere and no blocker when the figures meet every condition they decide.
 *
 * @param rdExpense R&D expense incurred in China to add over the three years, in thousand
 * yuan: enough for the required intensity and for the 60 % domestic share at once (new
 * domestic R&D raises both)
 * @param stStaff S&T staff to hire (each also an employee)
 * @param ipItems IP items to obtain (one when the enterprise owns none)
 * @param highTechRevenue high-tech product revenue to add in the last year, in thousand
 * yuan (also revenue)
 * @param blockers failing conditions that money does not close
 */
public record HighTechShortfall(BigDecimal rdExpense, int stStaff, int ipItems, BigDecimal highTechRevenue,
		Set<Blocker> blockers) {

	private static final BigDecimal FOREIGN_SHARE_ALLOWED = BigDecimal.ONE.subtract(RdIntensity.DOMESTIC_SHARE);

	public HighTechShortfall {
		blockers = Set.copyOf(blockers);
	}

	/** A failing condition that support money cannot close. */
	public enum Blocker {

		/**
		 * Registered less than a year before applying: time closes it, money does not.
		 */
		REGISTRATION,
		/** The key technology is in none of the eight supported fields. */
		FIELD,
		/** No sales revenue: neither intensity nor revenue share can be reached. */
		NO_REVENUE,
		/**
		 * The innovation score cannot reach 71 even with the experts' parts at the top.
		 */
		SCORE,
		/** A major accident was declared. */
		ACCIDENT

	}

	static HighTechShortfall of(HighTechApplication application, InnovationScore score) {
		Set<Blocker> blockers = EnumSet.noneOf(Blocker.class);
		RdIntensity rd = new RdIntensity(application.years());
		BigDecimal totalRevenue = application.totalRevenue();
		if (rd.revenue().signum() == 0 || totalRevenue.signum() == 0) {
			blockers.add(Blocker.NO_REVENUE);
		}
		if (application.registrationDate().plusYears(1).isAfter(application.applicationDate())) {
			blockers.add(Blocker.REGISTRATION);
		}
		if (application.field() == null) {
			blockers.add(Blocker.FIELD);
		}
		if (score.outcome() == Outcome.FAIL) {
			blockers.add(Blocker.SCORE);
		}
		if (Boolean.FALSE.equals(application.noMajorAccident())) {
			blockers.add(Blocker.ACCIDENT);
		}
		return new HighTechShortfall(rdExpense(rd), stStaff(application.stStaff(), application.totalStaff()),
				application.ip().any() ? 0 : 1, highTechRevenue(application.highTechRevenue(), totalRevenue), blockers);
	}

	public boolean closable() {
		return this.blockers.isEmpty();
	}

	public boolean nothingToBuy() {
		return this.rdExpense.signum() == 0 && this.stStaff == 0 && this.ipItems == 0
				&& this.highTechRevenue.signum() == 0;
	}

	/**
	 * x such that R + x ≥ share × revenue and D + x ≥ 60 % × (R + x), x ≥ 0: the second
	 * gives x ≥ (60 % × R − D) ÷ 40 %.
	 */
	private static BigDecimal rdExpense(RdIntensity rd) {
		if (rd.revenue().signum() == 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		BigDecimal forShare = rd.requiredShare().multiply(rd.revenue()).subtract(rd.rd());
		BigDecimal forDomestic = RdIntensity.DOMESTIC_SHARE.multiply(rd.rd())
			.subtract(rd.domestic())
			.divide(FOREIGN_SHARE_ALLOWED, 2, RoundingMode.CEILING);
		return forShare.max(forDomestic).max(BigDecimal.ZERO).setScale(2, RoundingMode.CEILING);
	}

	private static int stStaff(int stStaff, int totalStaff) {
		if (totalStaff == 0) {
			return 1;
		}
		return Ratio.of(stStaff, totalStaff).shortfallAddedToBoth(HighTechConditions.ST_STAFF_SHARE, 0).intValueExact();
	}

	private static BigDecimal highTechRevenue(BigDecimal highTech, BigDecimal total) {
		if (total.signum() == 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		return Ratio.of(highTech, total).shortfallAddedToBoth(HighTechConditions.HIGH_TECH_REVENUE_SHARE, 2);
	}

}
