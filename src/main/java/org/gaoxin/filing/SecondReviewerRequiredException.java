package org.gaoxin.filing;

import org.gaoxin.shared.Message;
import org.gaoxin.shared.MessageException;

/**
 * Approval refused: the caller reopened (or replaced by an import) this approved report,
 * and changes to approved figures need a second person's approval
 * ({@code gaoxin.review.four-eyes}). A refusal the reader is told in words wherever it
 * surfaces, never a failure of the application.
 */
public class SecondReviewerRequiredException extends MessageException {

	@java.io.Serial
	private static final long serialVersionUID = 1L;

	/** The bundle key of what the reviewer reads. */
	public static final String TEXT = "workflow.error.secondReviewer";

	private final long enterpriseId;

	private final int year;

	public SecondReviewerRequiredException(long enterpriseId, int year) {
		super(Message.of(TEXT));
		this.enterpriseId = enterpriseId;
		this.year = year;
	}

	public long enterpriseId() {
		return this.enterpriseId;
	}

	public int year() {
		return this.year;
	}

}
