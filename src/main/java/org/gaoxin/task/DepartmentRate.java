package org.gaoxin.task;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A lead department's record on the list: its items (cancelled ones left out), how many
 * are struck off, how many overdue.
 */
public record DepartmentRate(String departmentCode, int items, int struckOff, int verified, int overdue) {

	/** Struck off as a percentage of the items, one decimal; null without items. */
	public BigDecimal completion() {
		if (this.items == 0) {
			return null;
		}
		return BigDecimal.valueOf(this.struckOff * 100L)
			.divide(BigDecimal.valueOf(this.items), 1, RoundingMode.HALF_UP);
	}

}
