package org.gaoxin.shared;

import java.util.List;

/**
 * An exception whose text a user reads: the web layer renders its {@link Message} in the
 * reader's language, and its {@link #details()} (every problem of a refused file, say)
 * under it; {@link #getMessage()} is the code and arguments, for the log.
 */
public class MessageException extends RuntimeException {

	@java.io.Serial
	private static final long serialVersionUID = 1L;

	private final transient Message text;

	private final transient List<Message> details;

	public MessageException(Message text) {
		this(text, List.of());
	}

	public MessageException(Message text, Throwable cause) {
		super(text.toString(), cause);
		this.text = text;
		this.details = List.of();
	}

	public MessageException(Message text, List<Message> details) {
		super(details.isEmpty() ? text.toString() : text + ": " + details);
		this.text = text;
		this.details = List.copyOf(details);
	}

	public Message text() {
		return this.text;
	}

	/** The problems the text sums up, each a message; empty when the text says it all. */
	public List<Message> details() {
		return this.details;
	}

}
