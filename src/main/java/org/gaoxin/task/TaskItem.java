package org.gaoxin.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.gaoxin.shared.Message;

/**
 * An item of a zone's shortfall list.
 *
 * @param year the evaluation's data year it came from (null when added by hand)
 * @param gapValue the indicator's value in that evaluation (generated items)
 * @param gapAmount how far the value is from the threshold, in the indicator's unit
 * @param suggestion what the path suggests for the indicator (generated items; null for
 * none)
 * @param version raised by every change: an edit names the version it read
 */
public record TaskItem(long id, String zoneCode, TaskOrigin origin, Integer year, String standardCode, String title,
		String description, String leadDepartment, List<String> cooperators, String responsiblePerson,
		TaskStatus status, LocalDate deadline, BigDecimal gapValue, BigDecimal gapThreshold, BigDecimal gapAmount,
		String gapUnit, List<String> indicators, List<Milestone> milestones, Message suggestion, String createdBy,
		OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt, int version) {

	public TaskItem {
		cooperators = List.copyOf(cooperators);
		indicators = List.copyOf(indicators);
		milestones = List.copyOf(milestones);
	}

	/**
	 * The next date the item answers to: its first unreported milestone's, else the
	 * deadline.
	 */
	public LocalDate nextDue() {
		return this.milestones.stream()
			.filter((m) -> !m.reported())
			.map(Milestone::dueDate)
			.min(LocalDate::compareTo)
			.filter((d) -> !d.isAfter(this.deadline))
			.orElse(this.deadline);
	}

	public DueState due(LocalDate today, int soonDays) {
		return TaskRules.due(this.status, nextDue(), today, soonDays);
	}

	/** Days past the next date on {@code today} (0 when not overdue). */
	public long daysOverdue(LocalDate today) {
		return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(nextDue(), today));
	}

}
