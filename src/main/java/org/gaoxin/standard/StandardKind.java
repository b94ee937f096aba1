package org.gaoxin.standard;

/**
 * The two kinds of standard: thresholds with a verdict (a municipal or provincial zone's
 * accreditation), or weighted scores relative to peer zones (the national comprehensive
 * evaluation).
 */
public enum StandardKind {

	THRESHOLD("threshold"), SCORING("scoring");

	private final String key;

	StandardKind(String key) {
		this.key = key;
	}

	/** As written in a file's {@code kind}. */
	public String key() {
		return this.key;
	}

}
