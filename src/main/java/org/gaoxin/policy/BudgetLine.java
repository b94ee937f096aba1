package org.gaoxin.policy;

import java.math.BigDecimal;

/**
 * An article's budget line for a zone and year (万元): planned in the policy file,
 * committed by approved payment lists, paid as recorded.
 */
public record BudgetLine(String policyCode, String articleCode, String line, BigDecimal planned, BigDecimal committed,
		BigDecimal paid) {

	public BigDecimal remaining() {
		return this.planned.subtract(this.committed);
	}

}
