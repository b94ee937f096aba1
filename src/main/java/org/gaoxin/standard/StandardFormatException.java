package org.gaoxin.standard;

import java.util.List;

import org.gaoxin.shared.Message;
import org.gaoxin.shared.MessageException;

/**
 * A standard file that cannot be loaded; {@link #problems()} lists every problem as a
 * message naming its place in the file (path and line).
 */
public class StandardFormatException extends MessageException {

	@java.io.Serial
	private static final long serialVersionUID = 1L;

	private final String file;

	public StandardFormatException(String file, List<Message> problems) {
		super(Message.of("standard.problem.file", file, problems.size()), problems);
		this.file = file;
	}

	public String file() {
		return this.file;
	}

	public List<Message> problems() {
		return details();
	}

}
