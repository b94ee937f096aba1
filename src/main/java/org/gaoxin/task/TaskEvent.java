package org.gaoxin.task;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A line of an item's timeline: a transition, a report, an edit or a reminder. */
public record TaskEvent(long id, EventKind kind, TaskStatus fromStatus, TaskStatus toStatus, Long milestoneId,
		BigDecimal figure, String comment, String actor, OffsetDateTime at) {
}
