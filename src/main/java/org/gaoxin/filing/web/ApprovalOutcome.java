package org.gaoxin.filing.web;

import java.io.Serial;
import java.io.Serializable;

/**
 * What became of one report of several approved at once: approved, refused (and why, a
 * bundle key rendered in the reader's language), or not found in the caller's scope.
 */
record ApprovalOutcome(String subject, Result result, String reason) implements Serializable {

	@Serial
	private static final long serialVersionUID = 2L;

	enum Result {

		APPROVED, REFUSED, NOT_FOUND

	}

	static ApprovalOutcome approved(String subject) {
		return new ApprovalOutcome(subject, Result.APPROVED, null);
	}

	static ApprovalOutcome refused(String subject, String reason) {
		return new ApprovalOutcome(subject, Result.REFUSED, reason);
	}

	static ApprovalOutcome notFound(String subject) {
		return new ApprovalOutcome(subject, Result.NOT_FOUND, "workflow.error.notFound");
	}

	public boolean approved() {
		return this.result == Result.APPROVED;
	}

}
