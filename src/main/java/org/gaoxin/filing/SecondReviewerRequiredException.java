package org.gaoxin.filing;

/**
 * Approval refused: the caller reopened (or replaced by an import) this approved report,
 * and changes to approved figures need a second person's approval
 * ({@code gaoxin.review.four-eyes}).
 */
public class SecondReviewerRequiredException extends RuntimeException {

	@java.io.Serial
	private static final long serialVersionUID = 1L;

	public SecondReviewerRequiredException(long enterpriseId, int year, String actor) {
		super("The " + year + " report of enterprise " + enterpriseId + " was reopened by " + actor
				+ ": another reviewer approves it");
	}

}
