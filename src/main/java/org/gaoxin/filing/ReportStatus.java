package org.gaoxin.filing;

/**
 * Where an annual report stands in the submission workflow: the enterprise drafts and
 * submits; a reviewer of the zone approves or returns it with a comment; an approved
 * report is locked until a reviewer reopens it with a reason. See {@link ReviewAction}.
 */
public enum ReportStatus {

	DRAFT, SUBMITTED, RETURNED, APPROVED;

	/**
	 * An approved report is locked: its figures and status change only through a reopen
	 * (the one statement of that rule).
	 */
	public boolean locked() {
		return this == APPROVED;
	}

	/** The enterprise may still change the figures (save a draft or submit). */
	public boolean openToEnterprise() {
		return this == DRAFT || this == RETURNED;
	}

	/**
	 * The status after the enterprise saves figures without submitting: a returned report
	 * stays returned, so that the reviewer's comment remains what the enterprise answers.
	 */
	public static ReportStatus afterDraftSaved(ReportStatus current) {
		if (current != null && !current.openToEnterprise()) {
			throw new IllegalArgumentException("A " + current + " report cannot be saved as a draft");
		}
		return (current == RETURNED) ? RETURNED : DRAFT;
	}

}
