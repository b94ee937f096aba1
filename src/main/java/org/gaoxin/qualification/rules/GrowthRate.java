package org.gaoxin.qualification.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.gaoxin.shared.Message;

/**
 * A growth rate over three years: ½ × (y2 ÷ y1 + y3 ÷ y2) − 1, or y3 ÷ y2 − 1 when y1 is
 * 0; none when y2 is 0, and the item then scores 0.
 */
record GrowthRate(BigDecimal y1, BigDecimal y2, BigDecimal y3) {

	static final int MAX = 10;

	static final BandTable BANDS = BandTable.of(Band.from("0.35", Points.between(9, 10)),
			Band.from("0.25", Points.between(7, 8)), Band.from("0.15", Points.between(5, 6)),
			Band.from("0.05", Points.between(3, 4)), Band.above("0", Points.between(1, 2)));

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	Optional<Ratio> rate() {
		// a ratio of negative amounts (shrinking negative net assets) would read as
		// growth: no score
		if (this.y2.signum() <= 0 || this.y1.signum() < 0) {
			return Optional.empty();
		}
		if (this.y1.signum() == 0) {
			return Optional.of(Ratio.of(this.y3.subtract(this.y2), this.y2));
		}
		// over the common denominator 2·y1·y2, so the rate stays exact
		BigDecimal numerator = this.y2.multiply(this.y2)
			.add(this.y1.multiply(this.y3))
			.subtract(TWO.multiply(this.y1).multiply(this.y2));
		return Optional.of(Ratio.of(numerator, TWO.multiply(this.y1).multiply(this.y2)));
	}

	Points points() {
		return rate().map(BANDS::pointsFor).orElse(Points.ZERO);
	}

	ScoreItem item(Message name) {
		Optional<Ratio> rate = rate();
		Message value = rate.map((r) -> Format.figure(r.percent())).orElse(Message.of("qualification.growth.noRate"));
		return ScoreItem.leaf(name, value, points(), MAX, rate.map((r) -> gaps(name, r)).orElse(List.of()));
	}

	private List<Message> gaps(Message name, Ratio rate) {
		Optional<Band> next = BANDS.nextAbove(rate);
		if (next.isEmpty()) {
			return List.of();
		}
		Band band = next.get();
		Message target = band.inclusive() ? Message.of("qualification.growth.target", band.percent())
				: Message.of("qualification.growth.positive");
		Message head = Message.of("qualification.growth.gap", name, rate.percent(), target, band.points().toString());
		Optional<BigDecimal> more = lastYearNeeded(band.lower()).map((needed) -> needed.subtract(this.y3));
		if (more.isEmpty()) {
			return List.of(head);
		}
		// the lowest band excludes its bound: the amount reaches it, only more passes
		return List
			.of(Message.of(band.inclusive() ? "qualification.growth.lastYear" : "qualification.growth.lastYearOver",
					head, Format.moneyNeeded(more.get())));
	}

	/**
	 * The last year's figure that makes the rate exactly {@code target}; rounded up.
	 * Empty when the earlier years are not both positive, where no last-year figure reads
	 * as a plain target.
	 */
	Optional<BigDecimal> lastYearNeeded(BigDecimal target) {
		if (this.y2.signum() <= 0 || this.y1.signum() < 0) {
			return Optional.empty();
		}
		BigDecimal onePlus = BigDecimal.ONE.add(target);
		if (this.y1.signum() == 0) {
			return Optional.of(this.y2.multiply(onePlus));
		}
		// y3 = y2 × (2(1 + t) − y2 ÷ y1)
		BigDecimal numerator = this.y2.multiply(TWO.multiply(onePlus).multiply(this.y1).subtract(this.y2));
		return Optional.of(numerator.divide(this.y1, 2, RoundingMode.CEILING));
	}

}
