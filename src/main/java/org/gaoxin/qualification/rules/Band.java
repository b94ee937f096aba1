package org.gaoxin.qualification.rules;

import java.math.BigDecimal;

/**
 * A band of a published scoring table: from its lower bound (included unless the text
 * says "above") up to the next band's lower bound.
 */
record Band(BigDecimal lower, boolean inclusive, Points points) {

	static Band from(String lower, Points points) {
		return new Band(new BigDecimal(lower), true, points);
	}

	static Band above(String lower, Points points) {
		return new Band(new BigDecimal(lower), false, points);
	}

	boolean admits(Ratio value) {
		return this.inclusive ? value.atLeast(this.lower) : value.above(this.lower);
	}

	/** The bound as a percentage, for tables of shares. */
	String percent() {
		return (this.inclusive ? "" : ">") + Format.percent(this.lower);
	}

}
