package org.gaoxin.target;

import java.util.List;

/**
 * A what-if scenario as a user writes it: a name, the data year it changes, the standard
 * it is judged against, and its changes.
 *
 * @param standard CODE or CODE@VERSION; null for the first standard loaded
 */
public record ScenarioDraft(String name, String description, int year, String standard, List<ScenarioChange> changes) {

	public ScenarioDraft {
		changes = List.copyOf(changes);
	}

}
