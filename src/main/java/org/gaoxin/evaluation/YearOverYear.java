package org.gaoxin.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * The same standard applied to every year with data, and the indicators that changed
 * state.
 */
public record YearOverYear(String zoneCode, String standardReference, List<Evaluation> years) {

	public List<StateChange> changes() {
		List<StateChange> changes = new ArrayList<>();
		for (int i = 1; i < this.years.size(); i++) {
			Evaluation before = this.years.get(i - 1);
			Evaluation after = this.years.get(i);
			for (IndicatorResult now : after.indicators()) {
				before.indicator(now.code())
					.filter((then) -> then.status() != now.status())
					.ifPresent((then) -> changes
						.add(new StateChange(now.code(), after.year(), then.status(), now.status())));
			}
		}
		return changes;
	}

	/** Whether the indicator's state in the year differs from the year before's. */
	public boolean changed(String indicator, int year) {
		for (int i = 1; i < this.years.size(); i++) {
			if (this.years.get(i).year() == year) {
				IndicatorStatus now = this.years.get(i).indicator(indicator).map(IndicatorResult::status).orElse(null);
				IndicatorStatus then = this.years.get(i - 1)
					.indicator(indicator)
					.map(IndicatorResult::status)
					.orElse(null);
				return now != null && then != null && now != then;
			}
		}
		return false;
	}

}
