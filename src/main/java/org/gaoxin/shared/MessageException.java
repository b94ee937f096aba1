package org.gaoxin.shared;

/**
 * An exception whose text a user reads: the web layer renders its {@link Message} in the
 * reader's language; {@link #getMessage()} is the code and arguments, for the log.
 */
public class MessageException extends RuntimeException {

	@java.io.Serial
	private static final long serialVersionUID = 1L;

	private final transient Message text;

	public MessageException(Message text) {
		super(text.toString());
		this.text = text;
	}

	public MessageException(Message text, Throwable cause) {
		super(text.toString(), cause);
		this.text = text;
	}

	public Message text() {
		return this.text;
	}

}
