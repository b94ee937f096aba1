package org.gaoxin.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** 催办: an overdue item brought to headquarters' attention on a day. */
public record Reminder(long id, long taskId, String title, String leadDepartment, String responsiblePerson,
		LocalDate day, int daysOverdue, OffsetDateTime createdAt) {
}
