package org.gaoxin.task;

/** A line of an item's timeline. */
public enum EventKind {

	CREATED, ACCEPTED, REPORTED, COMPLETION_REQUESTED, VERIFIED, RETURNED, STRUCK_OFF, CANCELLED, EDITED,
	MILESTONE_ADDED, ATTACHED, REMINDED

}
