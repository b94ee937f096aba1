package org.gaoxin.shared;

/**
 * A request that conflicts with what is stored, told in the reader's words: a name
 * already taken, say. Nothing was written. The API answers it with 409, pages with their
 * conflict page or on the form.
 */
public class ConflictException extends MessageException {

	@java.io.Serial
	private static final long serialVersionUID = 1L;

	public ConflictException(Message text) {
		super(text);
	}

}
