package org.gaoxin.shared;

/**
 * A requested record does not exist, or is outside the caller's data scope (the two are
 * not told apart).
 */
public class NotFoundException extends RuntimeException {

	@java.io.Serial
	private static final long serialVersionUID = 1L;

	public NotFoundException(String message) {
		super(message);
	}

}
