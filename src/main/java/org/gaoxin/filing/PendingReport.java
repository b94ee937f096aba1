package org.gaoxin.filing;

import java.time.Instant;

/**
 * A submitted report waiting for review, with the enterprise's name and when it was last
 * (re)submitted ({@code null} when it was loaded as submitted, e.g. by an import).
 */
public record PendingReport(long enterpriseId, String creditCode, String enterpriseName, AnnualReport report,
		Instant submittedAt, String submittedBy) {

	public int year() {
		return this.report.year();
	}

}
