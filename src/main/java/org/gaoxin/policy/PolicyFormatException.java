package org.gaoxin.policy;

import java.util.List;

import org.gaoxin.shared.Message;
import org.gaoxin.shared.MessageException;

/**
 * A policy file that cannot be loaded; {@link #problems()} lists every problem as a
 * message naming its place in the file (path and line) and the rule it breaks.
 */
public class PolicyFormatException extends MessageException {

	@java.io.Serial
	private static final long serialVersionUID = 1L;

	public PolicyFormatException(String file, List<Message> problems) {
		super(Message.of("policy.problem.file", file, problems.size()), problems);
	}

	public List<Message> problems() {
		return details();
	}

}
