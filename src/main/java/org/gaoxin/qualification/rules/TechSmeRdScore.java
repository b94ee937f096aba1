package org.gaoxin.qualification.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.gaoxin.shared.Message;

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
		Message value = Message.of("qualification.techSme.rd.value", RdBasis.SALES_REVENUE, shown(this.ofRevenue),
				revenuePoints(), RdBasis.TOTAL_COSTS, shown(this.ofCosts), costsPoints(), basis());
		return ScoreItem.leaf(Message.of("qualification.techSme.rd.name"), value, Points.exactly(points()), MAX,
				gaps());
	}

	/**
	 * Both ways to the next score: more R&D at this revenue, or more R&D within costs.
	 */
	List<Message> gaps() {
		List<Message> gaps = new ArrayList<>();
		int target = points() + 10;
		if (target > MAX) {
			return gaps;
		}
		if (this.ofRevenue != null) {
			Band band = OF_REVENUE.lowestPaying(target).orElseThrow();
			gaps.add(Message.of("qualification.techSme.rd.revenueGap", this.ofRevenue.percent(), band.percent(), target,
					Format.moneyNeeded(this.ofRevenue.shortfall(band.lower()))));
		}
		if (this.ofCosts != null) {
			Band band = OF_COSTS.lowestPaying(target).orElseThrow();
			Message gap = Message.of("qualification.techSme.rd.costsGap", this.ofCosts.percent(), band.percent(),
					target, Format.moneyNeeded(this.ofCosts.shortfallAddedToBoth(band.lower(), 2)));
			gaps.add(gaps.isEmpty() ? gap : Message.of("qualification.or", gap));
		}
		return gaps;
	}

	private static String shown(Ratio ratio) {
		return (ratio != null) ? ratio.percent() : "—";
	}

}
