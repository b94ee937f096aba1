package org.gaoxin.target;

/**
 * What a what-if change touches. Labels: {@code enum.ScenarioChangeKind.*} in the
 * bundles.
 */
public enum ScenarioChangeKind {

	/** A zone figure set, added to or changed by a percentage. */
	FIGURE,
	/**
	 * High-tech certificates: to a chosen enterprise, or to as many of the pool's nearest
	 * candidates (then to enterprises not yet in the zone when the pool runs out).
	 */
	HIGH_TECH,
	/**
	 * Technology-based SME registrations: a chosen enterprise, or as many new registered
	 * enterprises.
	 */
	TECH_SME,
	/** Platforms of a kind and level established in the year. */
	PLATFORM,
	/** A figure of a chosen enterprise's report (e.g. R&D expense +30 %). */
	REPORT

}
