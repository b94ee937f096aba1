package org.gaoxin.intake;

/** Where an import stands; labels from the bundles ({@code enum.ImportState.*}). */
public enum ImportState {

	/** Reading the rows and checking each one. */
	READING,
	/** Several sheets have a recognised header: the uploader chooses one. */
	CHOOSING_SHEET,
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
	/** Written; the data-quality check of what it touched is running. */
	CHECKING_QUALITY,
	/** Written and checked. */
	DONE,
	/**
	 * Discarded by the uploader while waiting for them: nothing written, the upload and
	 * its staged rows deleted.
	 */
	CANCELLED;

	/** Nothing more happens without the uploader. */
	public boolean finished() {
		return this == FAILED || this == REFUSED || this == AWAITING_CONFIRMATION || this == DONE
				|| this == CHOOSING_SHEET || this == CANCELLED;
	}

	/** Waiting for the uploader, who may go on or cancel. */
	public boolean waiting() {
		return this == AWAITING_CONFIRMATION || this == CHOOSING_SHEET;
	}

	public boolean running() {
		return !finished();
	}

}
