package org.gaoxin.filing;

import java.time.Instant;

/**
 * One step of a report's review history: who moved it from which status to which, when,
 * and with what comment ({@code fromStatus} is null when the submission created the
 * report).
 */
public record ReportReview(long id, long enterpriseId, int year, ReviewAction action, ReportStatus fromStatus,
		ReportStatus toStatus, String actor, String comment, Instant occurredAt) {
}
