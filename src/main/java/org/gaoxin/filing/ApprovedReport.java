package org.gaoxin.filing;

import java.time.Instant;

/**
 * A report that stands approved, with its latest approval: what a reviewer may reopen.
 */
public record ApprovedReport(long enterpriseId, String creditCode, String enterpriseName, int year, Instant approvedAt,
		String approvedBy) {
}
