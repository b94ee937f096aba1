package org.gaoxin.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What headquarters types for a new item or an edit of one.
 *
 * @param milestones new milestones (an edit keeps the stored ones)
 */
public record TaskDraft(String title, String description, String leadDepartment, List<String> cooperators,
		String responsiblePerson, LocalDate deadline, String standardCode, List<String> indicators,
		List<MilestoneDraft> milestones) {

	public TaskDraft {
		cooperators = (cooperators != null) ? List.copyOf(cooperators) : List.of();
		indicators = (indicators != null) ? List.copyOf(indicators) : List.of();
		milestones = (milestones != null) ? List.copyOf(milestones) : List.of();
	}

	/** A milestone as typed: its date, its measurable result and the figure to reach. */
	public record MilestoneDraft(LocalDate dueDate, String result, BigDecimal targetValue) {
	}

}
