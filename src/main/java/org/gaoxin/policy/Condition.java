package org.gaoxin.policy;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An eligibility condition of an article: an input (a reported figure, its previous year
 * or increase, a qualification or fact) compared with a threshold, or a fact that must be
 * true (or false).
 */
public record Condition(String input, Check check, BigDecimal threshold) {

	/** Whether the values meet it; null when the input has no value. */
	public Boolean metBy(Map<String, BigDecimal> values) {
		BigDecimal value = values.get(this.input);
		if (value == null) {
			return null;
		}
		return this.check.holds(value, this.threshold);
	}

}
