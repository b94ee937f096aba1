package org.gaoxin.intake.internal;

/**
 * The stored data changed between the check and the confirmation: the confirmed changes
 * are no longer the ones that would be made.
 */
class StaleImportException extends RuntimeException {

	@java.io.Serial
	private static final long serialVersionUID = 1L;

	StaleImportException(int row) {
		super("the stored data changed after the check (row " + row + ")");
	}

}
