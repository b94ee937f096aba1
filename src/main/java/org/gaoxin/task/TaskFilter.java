package org.gaoxin.task;

/**
 * What the list is narrowed to; every part optional.
 *
 * @param department the lead department's code
 * @param indicator an indicator code the items are linked to
 * @param text words in the title
 */
public record TaskFilter(TaskStatus status, String department, String indicator, DueState due, String text) {

	public static TaskFilter all() {
		return new TaskFilter(null, null, null, null, null);
	}

}
