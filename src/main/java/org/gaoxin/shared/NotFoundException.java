package org.gaoxin.shared;

/**
 * A requested record does not exist, or is outside the caller's data scope (the two are
 * not told apart).
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
