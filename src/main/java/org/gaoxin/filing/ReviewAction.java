package org.gaoxin.filing;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of the submission workflow that move a report from one status to another;
 * each is kept with its comment in the report's review history.
 */
public enum ReviewAction {

	/** The enterprise submits a new, drafted or returned report. */
	SUBMIT(ReportStatus.SUBMITTED, false, EnumSet.of(ReportStatus.DRAFT, ReportStatus.RETURNED)),

	APPROVE(ReportStatus.APPROVED, false, EnumSet.of(ReportStatus.SUBMITTED)),

	/** Back to the enterprise; the comment tells it what to correct. */
	RETURN(ReportStatus.RETURNED, true, EnumSet.of(ReportStatus.SUBMITTED)),

	/** Unlocks an approved report for review again; the reason is required. */
	REOPEN(ReportStatus.SUBMITTED, true, EnumSet.of(ReportStatus.APPROVED));

	private final ReportStatus target;

	private final boolean commentRequired;

	private final Set<ReportStatus> from;

	ReviewAction(ReportStatus target, boolean commentRequired, Set<ReportStatus> from) {
		this.target = target;
		this.commentRequired = commentRequired;
		this.from = from;
	}

	public ReportStatus target() {
		return this.target;
	}

	public boolean commentRequired() {
		return this.commentRequired;
	}

	/**
	 * Whether the action applies to a report in the given status; {@code null} means no
	 * report for the year yet, which only submitting starts.
	 */
	public boolean allowedFrom(ReportStatus current) {
		return (current == null) ? this == SUBMIT : this.from.contains(current);
	}

}
