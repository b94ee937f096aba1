package org.gaoxin.policy;

import java.math.BigDecimal;

/** How a condition compares its input: with a threshold, or a fact true or false. */
public enum Check {

	AT_LEAST("at_least"), MORE_THAN("more_than"), AT_MOST("at_most"), LESS_THAN("less_than"), IS_TRUE(null),
	IS_FALSE(null);

	private final String key;

	Check(String key) {
		this.key = key;
	}

	/** The key a policy file writes the threshold under, or null for a fact. */
	public String key() {
		return this.key;
	}

	public boolean fact() {
		return this.key == null;
	}

	/** A minimum to reach: what a near miss is measured against. */
	public boolean minimum() {
		return this == AT_LEAST || this == MORE_THAN;
	}

	boolean holds(BigDecimal value, BigDecimal threshold) {
		return switch (this) {
			case AT_LEAST -> value.compareTo(threshold) >= 0;
			case MORE_THAN -> value.compareTo(threshold) > 0;
			case AT_MOST -> value.compareTo(threshold) <= 0;
			case LESS_THAN -> value.compareTo(threshold) < 0;
			case IS_TRUE -> value.signum() != 0;
			case IS_FALSE -> value.signum() == 0;
		};
	}

}
