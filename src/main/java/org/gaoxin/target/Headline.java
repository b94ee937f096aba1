package org.gaoxin.target;

import java.util.List;

/**
 * What headquarters reads first: the core indicators of the standard projected to be
 * unmet in {@code year} — the pilot's deadline when there is one — and those projected to
 * be met only within the forecast's uncertainty.
 *
 * @param pilotDeadline whether {@code year} is the pilot's deadline
 * @param projectedUnmet the forecast (or, for a fact, its present state) misses the
 * threshold
 * @param atRisk the forecast meets the threshold but the interval reaches below it
 * @param indicators every core indicator, projected
 */
public record Headline(int year, boolean pilotDeadline, List<IndicatorOutlook> projectedUnmet,
		List<IndicatorOutlook> atRisk, List<IndicatorOutlook> indicators) {

	public Headline {
		projectedUnmet = List.copyOf(projectedUnmet);
		atRisk = List.copyOf(atRisk);
		indicators = List.copyOf(indicators);
	}

	/** The core indicators unmet in the data year. */
	public List<IndicatorOutlook> unmetNow() {
		return this.indicators.stream().filter((o) -> o.now() == org.gaoxin.evaluation.IndicatorStatus.UNMET).toList();
	}

}
