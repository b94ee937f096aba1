package org.gaoxin.target;

import java.util.List;

import org.gaoxin.evaluation.Evaluation;
import org.gaoxin.shared.Message;

/**
 * A scenario evaluated beside the stored data: both evaluations, the indicators side by
 * side, and what the scenario's changes came to ({@code target.scenario.applied.*}: which
 * enterprises got certificates, which figures changed).
 */
public record ScenarioOutcome(ScenarioDraft draft, Evaluation actual, Evaluation scenario,
		List<IndicatorComparison> indicators, List<Message> applied) {

	public ScenarioOutcome {
		indicators = List.copyOf(indicators);
		applied = List.copyOf(applied);
	}

	public boolean verdictChanged() {
		return this.actual.verdict().outcome() != this.scenario.verdict().outcome();
	}

}
