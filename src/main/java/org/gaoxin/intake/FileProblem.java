package org.gaoxin.intake;

import org.gaoxin.shared.Message;
import org.gaoxin.shared.MessageException;

/**
 * A file refused as a whole (not a spreadsheet, too large, a zip bomb, external entities,
 * formulas, an oversized cell), with the reason in the reader's language.
 */
public class FileProblem extends MessageException {

	@java.io.Serial
	private static final long serialVersionUID = 1L;

	public FileProblem(Message text) {
		super(text);
	}

	public FileProblem(Message text, Throwable cause) {
		super(text, cause);
	}

}
