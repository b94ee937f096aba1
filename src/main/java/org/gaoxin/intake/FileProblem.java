package org.gaoxin.intake;

/**
 * A file refused as a whole (not a spreadsheet, too large, a zip bomb, external entities,
 * formulas).
 */
public class FileProblem extends RuntimeException {

	public FileProblem(String message) {
		super(message);
	}

	public FileProblem(String message, Throwable cause) {
		super(message, cause);
	}

}
