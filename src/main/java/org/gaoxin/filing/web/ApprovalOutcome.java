package org.gaoxin.filing.web;

import java.io.Serial;
import java.io.Serializable;

/**
 * What became of one report of several approved at once; {@code message} is a bundle key
 * with the subject as its argument or, for a failure, after it.
 */
record ApprovalOutcome(String subject, boolean approved, String message) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

}
