package org.gaoxin.target;

import java.util.List;

/**
 * The way to the technology-based enterprise count: registrations now, the goals (the
 * standard's threshold when unmet, the targets ahead), and the enterprises not yet
 * registered, those that can register first. The candidates are judged only when a goal
 * lies ahead.
 *
 * @param ready enterprises not registered that meet the published rules
 */
public record TechSmePath(String indicatorCode, int current, Integer threshold, List<Goal> goals, int ready,
		List<TechSmeCandidate> candidates) {

	public TechSmePath {
		goals = List.copyOf(goals);
		candidates = List.copyOf(candidates);
	}

	/**
	 * Reach {@code goal} registrations by {@code year} (null: the standard's threshold);
	 * {@code stillMissing} is what the enterprises able to register cannot supply.
	 */
	public record Goal(Integer year, int goal, int needed, int stillMissing) {
	}

}
