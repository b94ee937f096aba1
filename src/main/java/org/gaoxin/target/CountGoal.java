package org.gaoxin.target;

import java.util.List;

/**
 * A count to reach — the standard's threshold, or a target for its year — and the
 * cheapest candidates that bring the count there, with their totals.
 *
 * @param year the target's year; null for the standard's threshold
 * @param needed how many more the goal asks of the current count (0 when reached)
 * @param stillMissing how many the pool's closable candidates cannot supply
 */
public record CountGoal(Integer year, int goal, int current, int needed, List<PlannedCandidate> candidates,
		PlanTotals totals, int stillMissing) {

	public CountGoal {
		candidates = List.copyOf(candidates);
	}

	public boolean threshold() {
		return this.year == null;
	}

	public boolean reachable() {
		return this.stillMissing == 0;
	}

}
