package org.gaoxin.target;

import java.math.BigDecimal;

/**
 * A forecast value for a year with its prediction interval ({@link Forecast#LEVEL}).
 */
public record Projection(int year, BigDecimal value, BigDecimal lower, BigDecimal upper) {

	/** The target's value lies between the bounds (inclusive). */
	public boolean contains(BigDecimal value) {
		return this.lower.compareTo(value) <= 0 && value.compareTo(this.upper) <= 0;
	}

}
