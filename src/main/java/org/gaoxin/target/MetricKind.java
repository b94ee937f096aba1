package org.gaoxin.target;

/** What a target's metric reads. Labels: {@code enum.MetricKind.*} in the bundles. */
public enum MetricKind {

	/** An indicator of a standard: its value as the evaluation computes it. */
	INDICATOR,
	/** A zone figure, by its code. */
	FIGURE,
	/**
	 * A formula over a standard's aggregates and the zone's figures, e.g. R&D
	 * institutions + S&T service institutions.
	 */
	AGGREGATE,
	/** How many core indicators of a standard are met. */
	CORE_MET

}
