package org.gaoxin.target;

import java.math.BigDecimal;

/**
 * A forecast value for a year with its prediction interval ({@link Forecast#LEVEL}).
 *
 * @param floor the interval is the stated floor, not measured: the history's own scatter
 * was smaller (a perfect fit leaves none), so the interval was widened to
 * {@link Forecast#MIN_RELATIVE_HALF_WIDTH} of the value either side and says less than a
 * measured one would
 */
public record Projection(int year, BigDecimal value, BigDecimal lower, BigDecimal upper, boolean floor) {

	/** A measured interval (or bounds counted, not fitted). */
	public Projection(int year, BigDecimal value, BigDecimal lower, BigDecimal upper) {
		this(year, value, lower, upper, false);
	}

	/** The target's value lies between the bounds (inclusive). */
	public boolean contains(BigDecimal value) {
		return this.lower.compareTo(value) <= 0 && value.compareTo(this.upper) <= 0;
	}

}
