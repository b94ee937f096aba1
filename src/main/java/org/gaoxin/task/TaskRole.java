package org.gaoxin.task;

/** The part a caller plays on one item. */
public enum TaskRole {

	/** Headquarters (or an administrator) of the item's zone. */
	SUPERVISOR,
	/** The lead department's user. */
	LEAD,
	/** A cooperating department's user: reads the item, acts on nothing. */
	COOPERATOR,
	/** Reads, acts on nothing (a viewer). */
	READER

}
