package org.gaoxin.quality;

/** What a data-quality check found, in the order the quality page lists them. */
public enum FindingKind {

	/** Duplicate enterprises: the same (operating revenue, employees, total assets). */
	DUPLICATE_FIGURES,

	/**
	 * Duplicate enterprises: names equal once place names and legal forms are removed.
	 */
	DUPLICATE_NAME,

	/** A figure more than a factor above or below last year's (often a unit mix-up). */
	YEAR_OVER_YEAR_JUMP,

	/** A ratio outside its plausible range (R&D or taxes ÷ revenue, revenue per head). */
	IMPLAUSIBLE_RATIO,

	/** Reported last year, not this year. */
	MISSING_REPORT

}
