package org.gaoxin.qualification.rules;

import org.gaoxin.shared.Message;
import org.gaoxin.shared.MessageException;

/**
 * An expert score outside the range its part is scored in; the message names the part and
 * the range.
 */
public class ExpertScoreOutOfRange extends MessageException {

	@java.io.Serial
	private static final long serialVersionUID = 1L;

	private final ExpertScores.Part part;

	ExpertScoreOutOfRange(ExpertScores.Part part, Message text) {
		super(text);
		this.part = part;
	}

	public ExpertScores.Part part() {
		return this.part;
	}

}
