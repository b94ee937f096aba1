package org.gaoxin.qualification.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The R&D item of 科技型中小企业评价办法: the better of the revenue table and the costs table; a tie
 * is reported as the revenue table.
 *
 * @param ofRevenue R&D ÷ sales revenue, null without sales
 * @param ofCosts R&D ÷ total costs and expenses, null without costs
 */
public record TechSmeRdScore(Ratio ofRevenue, Ratio ofCosts) {

	static final BandTable OF_REVENUE = BandTable.of(Band.from("0.06", Points.exactly(50)),
			Band.from("0.05", Points.exactly(40)), Band.from("0.04", Points.exactly(30)),
			Band.from("0.03", Points.exactly(20)), Band.from("0.02", Points.exactly(10)));

	static final BandTable OF_COSTS = BandTable.of(Band.from("0.30", Points.exactly(50)),
			Band.from("0.25", Points.exactly(40)), Band.from("0.20", Points.exactly(30)),
			Band.from("0.15", Points.exactly(20)), Band.from("0.10", Points.exactly(10)));

	public static final int MAX = 50;

	static TechSmeRdScore of(BigDecimal rdExpense, BigDecimal salesRevenue, BigDecimal totalCosts) {
		return new TechSmeRdScore((salesRevenue.signum() > 0) ? Ratio.of(rdExpense, salesRevenue) : null,
				(totalCosts.signum() > 0) ? Ratio.of(rdExpense, totalCosts) : null);
	}

	public int revenuePoints() {
		return (this.ofRevenue != null) ? OF_REVENUE.pointsFor(this.ofRevenue).min() : 0;
	}

	public int costsPoints() {
		return (this.ofCosts != null) ? OF_COSTS.pointsFor(this.ofCosts).min() : 0;
	}

	public RdBasis basis() {
		return (revenuePoints() >= costsPoints()) ? RdBasis.SALES_REVENUE : RdBasis.TOTAL_COSTS;
	}

	public int points() {
		return Math.max(revenuePoints(), costsPoints());
	}

	public ScoreItem item() {
		String value = RdBasis.SALES_REVENUE.nameZh() + " " + shown(this.ofRevenue) + " (" + revenuePoints() + "分), "
				+ RdBasis.TOTAL_COSTS.nameZh() + " " + shown(this.ofCosts) + " (" + costsPoints() + "分) / "
				+ RdBasis.SALES_REVENUE.nameEn() + " " + shown(this.ofRevenue) + " (" + revenuePoints() + " points), "
				+ RdBasis.TOTAL_COSTS.nameEn() + " " + shown(this.ofCosts) + " (" + costsPoints()
				+ " points); scored on " + basis().nameEn();
		return ScoreItem.leaf(new Bilingual("研发投入指标", "R&D"), value, Points.exactly(points()), MAX, gaps());
	}

	/**
	 * Both ways to the next score: more R&D at this revenue, or more R&D within costs.
	 */
	List<Bilingual> gaps() {
		List<Bilingual> gaps = new ArrayList<>();
		int target = points() + 10;
		if (target > MAX) {
			return gaps;
		}
		if (this.ofRevenue != null) {
			Band band = OF_REVENUE.lowestPaying(target).orElseThrow();
			Bilingual more = Format.moneyNeeded(this.ofRevenue.shortfall(band.lower()));
			gaps.add(new Bilingual(
					"研发费用占销售收入" + this.ofRevenue.percent() + ",需达" + band.percent() + "(" + target + "分):按当前收入还需增加研发投入"
							+ more.zh(),
					"R&D ratio " + this.ofRevenue.percent() + " of sales, " + band.percent() + " for " + target
							+ " points: " + more.en() + " more R&D at this revenue"));
		}
		if (this.ofCosts != null) {
			Band band = OF_COSTS.lowestPaying(target).orElseThrow();
			Bilingual or = gaps.isEmpty() ? new Bilingual("", "") : new Bilingual("或", "or ");
			Bilingual more = Format.moneyNeeded(this.ofCosts.shortfallAddedToBoth(band.lower(), 2));
			gaps.add(new Bilingual(
					or.zh() + "研发费用占成本费用总额" + this.ofCosts.percent() + ",需达" + band.percent() + "(" + target
							+ "分):还需增加研发投入" + more.zh() + "(研发费用同时计入成本费用)",
					or.en() + "R&D " + this.ofCosts.percent() + " of total costs, " + band.percent() + " for " + target
							+ " points: " + more.en() + " more R&D (which also adds to costs)"));
		}
		return gaps;
	}

	private static String shown(Ratio ratio) {
		return (ratio != null) ? ratio.percent() : "—";
	}

}
