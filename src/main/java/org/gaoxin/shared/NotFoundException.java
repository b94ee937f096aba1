package org.gaoxin.shared;

/**
 * A requested record does not exist, or is outside the caller's data scope (the two are
 * not told apart). What is not secret (a zone) may say which record it did not find, in
 * the reader's language.
 */
public class NotFoundException extends RuntimeException {

	@java.io.Serial
	private static final long serialVersionUID = 1L;

	private final transient Message text;

	public NotFoundException(String message) {
		this(message, null);
	}

	/** Not found, told to the reader as {@code text}. */
	public NotFoundException(String message, Message text) {
		super(message);
		this.text = text;
	}

	/**
	 * A record the caller named that does not exist, told in the reader's words (a
	 * metric's key, say), where saying what is missing gives nothing away.
	 */
	public NotFoundException(Message text) {
		this(text.toString(), text);
	}

	/** What the reader is told, or null for the general "not found". */
	public Message text() {
		return this.text;
	}

}
