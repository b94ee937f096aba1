package org.gaoxin.task;

/** How an open item stands against its next date (a milestone's, else the deadline). */
public enum DueState {

	ON_TIME, DUE_SOON, OVERDUE, CLOSED

}
