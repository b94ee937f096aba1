package org.gaoxin.target;

import org.gaoxin.evaluation.IndicatorResult;

/** An indicator as stored data gives it and as the scenario does. */
public record IndicatorComparison(IndicatorResult actual, IndicatorResult scenario) {

	public boolean changed() {
		return this.actual.status() != this.scenario.status() || (this.actual.value() != null
				&& this.scenario.value() != null && this.actual.value().compareTo(this.scenario.value()) != 0);
	}

	public boolean statusChanged() {
		return this.actual.status() != this.scenario.status();
	}

}
