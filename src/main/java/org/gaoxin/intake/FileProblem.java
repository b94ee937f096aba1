package org.gaoxin.intake;

/**
 * A file refused as a whole (not a spreadsheet, too large, a zip bomb, external entities,
 * formulas).
 */
public class FileProblem extends RuntimeException {

	@java.io.Serial
	private static final long serialVersionUID = 1L;

	public FileProblem(String message) {
		super(message);
	}

	public FileProblem(String message, Throwable cause) {
		super(message, cause);
	}

}
