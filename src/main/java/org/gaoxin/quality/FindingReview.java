package org.gaoxin.quality;

import java.time.Instant;

/**
 * The status zone staff recorded for a finding, with their comment, who recorded it and
 * when; {@link #NONE} for a finding nobody has looked at.
 */
public record FindingReview(FindingStatus status, String comment, String recordedBy, Instant recordedAt) {

	public static final FindingReview NONE = new FindingReview(FindingStatus.OPEN, null, null, null);

	public FindingReview {
		if (status == null) {
			throw new IllegalArgumentException("A finding's status is required");
		}
	}

	public boolean recorded() {
		return this.recordedAt != null;
	}

}
