package org.gaoxin.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.gaoxin.qualification.rules.HighTechShortfall;

/**
 * What the zone reckons closing one unit of each high-tech gap costs in support, in yuan:
 * per yuan of R&D expense lacking, per S&T employee, per IP item, per yuan of high-tech
 * revenue lacking. Data the zone's headquarters edits; {@link #DEFAULTS} until it does.
 *
 * @param zoneSpecific set by the zone (false: the defaults)
 */
public record UnitCosts(BigDecimal rdExpense, BigDecimal stStaff, BigDecimal ipItem, BigDecimal highTechRevenue,
		boolean zoneSpecific) {

	/**
	 * A subsidy of 30 % of the R&D a candidate lacks, 80,000 yuan per S&T employee,
	 * 30,000 per IP item, 2 % of the high-tech revenue lacking: illustrative, to be
	 * replaced by the zone's own policy figures.
	 */
	public static final UnitCosts DEFAULTS = new UnitCosts(new BigDecimal("0.3"), new BigDecimal("80000"),
			new BigDecimal("30000"), new BigDecimal("0.02"), false);

	private static final BigDecimal THOUSAND = new BigDecimal("1000");

	public UnitCosts {
		Objects.requireNonNull(rdExpense, "rdExpense");
		Objects.requireNonNull(stStaff, "stStaff");
		Objects.requireNonNull(ipItem, "ipItem");
		Objects.requireNonNull(highTechRevenue, "highTechRevenue");
		if (rdExpense.signum() < 0 || stStaff.signum() < 0 || ipItem.signum() < 0 || highTechRevenue.signum() < 0) {
			throw new IllegalArgumentException("unit costs are not negative");
		}
	}

	/**
	 * The support closing the shortfall costs, whole yuan rounded up; shortfall amounts
	 * are in thousand yuan.
	 */
	public BigDecimal cost(HighTechShortfall shortfall) {
		return shortfall.rdExpense()
			.multiply(THOUSAND)
			.multiply(this.rdExpense)
			.add(this.stStaff.multiply(BigDecimal.valueOf(shortfall.stStaff())))
			.add(this.ipItem.multiply(BigDecimal.valueOf(shortfall.ipItems())))
			.add(shortfall.highTechRevenue().multiply(THOUSAND).multiply(this.highTechRevenue))
			.setScale(0, RoundingMode.CEILING);
	}

}
