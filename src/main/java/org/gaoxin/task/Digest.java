package org.gaoxin.task;

import java.time.LocalDate;
import java.util.List;

/**
 * The weekly digest: what changed on the list in the week, what is overdue on its last
 * day, and who answers for it.
 *
 * @param from the week's Monday
 * @param to the week's Sunday
 * @param changes the week's timeline lines of the items the reader sees, with their items
 * @param overdue the items overdue at the end of the week (or today, for this week)
 */
public record Digest(String zoneCode, LocalDate from, LocalDate to, List<Change> changes, List<TaskItem> overdue,
		List<DepartmentRate> rates) {

	public Digest {
		changes = List.copyOf(changes);
		overdue = List.copyOf(overdue);
		rates = List.copyOf(rates);
	}

	/** A line of an item's timeline in the week. */
	public record Change(TaskItem item, TaskEvent event) {
	}

}
