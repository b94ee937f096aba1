package org.gaoxin.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A dated, measurable step of an item.
 *
 * @param targetValue the figure the step should reach (null for a result in words)
 * @param achieved the figure last reported (null until reported)
 */
public record Milestone(long id, LocalDate dueDate, String result, BigDecimal targetValue, BigDecimal achieved,
		OffsetDateTime reportedAt) {

	public boolean reported() {
		return this.reportedAt != null;
	}

}
