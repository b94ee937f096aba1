package org.gaoxin.task;

/** How an item came on the list. */
public enum TaskOrigin {

	/** Generated from an unmet indicator of an evaluation. */
	UNMET,
	/** Generated from an indicator the targets project at risk. */
	AT_RISK,
	/** Added by hand (from a chain's policies, a meeting, …). */
	MANUAL

}
