package org.gaoxin.target;

import java.math.BigDecimal;
import java.math.RoundingMode;

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

	/** Each cost is given, fits its column and is not negative; refused by its name. */
	public UnitCosts {
		TargetNumbers.nonNegative("rdExpense", rdExpense);
		TargetNumbers.nonNegative("stStaff", stStaff);
		TargetNumbers.nonNegative("ipItem", ipItem);
		TargetNumbers.nonNegative("highTechRevenue", highTechRevenue);
	}

	/**
	 * These costs with those given replacing their own (null: keep it), each checked
	 * under the name it was given by ({@code rd}, {@code staff}, {@code ip},
	 * {@code revenue}); not the zone's own when any differs (the same costs: these).
	 */
	public UnitCosts with(BigDecimal rd, BigDecimal staff, BigDecimal ip, BigDecimal revenue) {
		if (same(rd, this.rdExpense) && same(staff, this.stStaff) && same(ip, this.ipItem)
				&& same(revenue, this.highTechRevenue)) {
			// the page sends the costs it shows: unchanged, they are still the zone's own
			return this;
		}
		return new UnitCosts(given("rd", rd, this.rdExpense), given("staff", staff, this.stStaff),
				given("ip", ip, this.ipItem), given("revenue", revenue, this.highTechRevenue), false);
	}

	private static boolean same(BigDecimal given, BigDecimal own) {
		return given == null || (own != null && given.compareTo(own) == 0);
	}

	private static BigDecimal given(String field, BigDecimal value, BigDecimal otherwise) {
		return (value != null) ? TargetNumbers.nonNegative(field, value) : otherwise;
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
