package org.gaoxin.target.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gaoxin.qualification.Candidate;
import org.gaoxin.qualification.Readiness;
import org.gaoxin.qualification.rules.HighTechShortfall.Blocker;
import org.gaoxin.target.CountGoal;
import org.gaoxin.target.PlanTotals;
import org.gaoxin.target.PlannedCandidate;
import org.gaoxin.target.UnitCosts;

/**
 * Ranks the pool's candidates by what closing their gaps costs and picks, for a count to
 * reach, the cheapest that get there. Pure: the pool is read elsewhere.
 */
public final class CandidatePlanner {

	/**
	 * Cheapest first; among equals, nearer readiness, fewer failing conditions, then the
	 * credit code so the order is stable.
	 */
	private static final Comparator<PlannedCandidate> CHEAPEST_FIRST = Comparator.comparing(PlannedCandidate::cost)
		.thenComparing(PlannedCandidate::readiness)
		.thenComparing(PlannedCandidate::creditCode);

	private CandidatePlanner() {
	}

	/** The candidates support can close (complete data, no blocker), cheapest first. */
	public static List<PlannedCandidate> rank(List<Candidate> candidates, UnitCosts costs) {
		List<PlannedCandidate> ranked = new ArrayList<>();
		for (Candidate c : candidates) {
			if (c.shortfall() != null && c.shortfall().closable() && c.readiness() != Readiness.INCOMPLETE) {
				ranked.add(new PlannedCandidate(c.enterpriseId(), c.creditCode(), c.name(), c.readiness(),
						c.shortfall(), costs.cost(c.shortfall()), c.gaps()));
			}
		}
		ranked.sort(CHEAPEST_FIRST);
		return ranked;
	}

	/**
	 * Candidates whose gaps money does not close, counted by their first blocker in the
	 * order the blockers are listed.
	 */
	public static Map<Blocker, Integer> blocked(List<Candidate> candidates) {
		Map<Blocker, Integer> blocked = new EnumMap<>(Blocker.class);
		for (Candidate c : candidates) {
			if (c.shortfall() != null && !c.shortfall().closable()) {
				Blocker first = c.shortfall().blockers().stream().sorted().findFirst().orElseThrow();
				blocked.merge(first, 1, Integer::sum);
			}
		}
		return blocked;
	}

	/** The cheapest candidates bringing {@code current} to {@code goal}. */
	public static CountGoal goal(Integer year, int goal, int current, List<PlannedCandidate> ranking) {
		int needed = Math.max(0, goal - current);
		List<PlannedCandidate> chosen = ranking.subList(0, Math.min(needed, ranking.size()));
		return new CountGoal(year, goal, current, needed, chosen, PlanTotals.of(chosen), needed - chosen.size());
	}

}
