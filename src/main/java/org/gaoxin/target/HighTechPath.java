package org.gaoxin.target;

import java.util.List;
import java.util.Map;

import org.gaoxin.qualification.Renewal;
import org.gaoxin.qualification.rules.HighTechShortfall.Blocker;

/**
 * The way to the high-tech enterprise count: the current count, each goal with the
 * cheapest candidates, every candidate support can close ranked by cost, those it cannot
 * (by reason), and the renewals that could lower the count.
 *
 * @param indicatorCode the standard's indicator counting high-tech enterprises (null when
 * the standard has none)
 * @param ranking the candidates whose gaps support can close, cheapest first
 * @param blocked candidates with a gap money does not close, by the first such gap
 * @param incomplete candidates whose reports are too incomplete to judge
 * @param renewalsAtRisk certificates ending in the data year whose holders are not ready
 * to renew
 */
public record HighTechPath(String indicatorCode, int current, Integer threshold, List<CountGoal> goals,
		List<PlannedCandidate> ranking, Map<Blocker, Integer> blocked, int incomplete, List<Renewal> renewalsAtRisk) {

	public HighTechPath {
		goals = List.copyOf(goals);
		ranking = List.copyOf(ranking);
		blocked = Map.copyOf(blocked);
		renewalsAtRisk = List.copyOf(renewalsAtRisk);
	}

}
