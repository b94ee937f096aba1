package org.gaoxin.shared;

/**
 * A requested record does not exist, or is outside the caller's data scope (the two are
 * not told apart).
 */
public class NotFoundException extends RuntimeException {

	@java.io.Serial
	private static final long serialVersionUID = 1L;

	private final transient Message text;

	public NotFoundException(String message) {
		super(message);
		this.text = null;
	}

	/**
	 * A record the caller named that does not exist, told in the reader's words (a
	 * metric's key, say), where saying what is missing gives nothing away.
	 */
	public NotFoundException(Message text) {
		super(text.toString());
		this.text = text;
	}

	/** What is missing in the reader's words; null for the plain "not found". */
	public Message text() {
		return this.text;
	}

}
