package org.gaoxin.intake;

public enum ImportState {

	/** Reading and checking rows one by one. */
	READING,
	/** Checking rows against each other and the stored data. */
	CHECKING,
	/** Some rows have errors: nothing was written. */
	FAILED,
	/**
	 * The file itself was refused (type, size, zip bomb, external entities, formulas).
	 */
	REFUSED,
	/**
	 * Valid, but it would replace stored figures: shown first, written once confirmed.
	 */
	AWAITING_CONFIRMATION,
	/** Writing in one transaction. */
	WRITING,
	/** Written. */
	DONE;

	public boolean finished() {
		return this == FAILED || this == REFUSED || this == AWAITING_CONFIRMATION || this == DONE;
	}

}
