package org.gaoxin.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Compound annual growth from one year's value to another's: (to ÷ from)^(1 ÷ years) − 1.
 * Achieved when both values are actuals; required when {@code to} is a target.
 *
 * @param rate the growth per year as a fraction (0.237 for 23.7 %)
 */
public record Growth(int fromYear, BigDecimal from, int toYear, BigDecimal to, BigDecimal rate) {

	/**
	 * The growth between two values, if there is one: a later year and a starting value
	 * above zero.
	 */
	public static Optional<Growth> between(int fromYear, BigDecimal from, int toYear, BigDecimal to) {
		if (toYear <= fromYear || from.signum() <= 0 || to.signum() < 0) {
			return Optional.empty();
		}
		double rate = Math.pow(to.doubleValue() / from.doubleValue(), 1.0 / (toYear - fromYear)) - 1;
		return Optional
			.of(new Growth(fromYear, from, toYear, to, BigDecimal.valueOf(rate).setScale(6, RoundingMode.HALF_UP)));
	}

	/** The rate in percent with one decimal, as pages and tests read it: "23.7". */
	public String percent() {
		return this.rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString();
	}

	/** The value this growth gives {@code years} after the start. */
	public double after(int years) {
		return this.from.doubleValue() * Math.pow(1 + this.rate.doubleValue(), years);
	}

}
