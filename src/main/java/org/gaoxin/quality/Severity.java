package org.gaoxin.quality;

/** How sure a finding is to be an error rather than an unusual but true figure. */
public enum Severity {

	/** Almost certainly wrong (a duplicate, a tenfold jump): correct before use. */
	ERROR,

	/** Unusual: confirm with the enterprise. */
	WARNING

}
