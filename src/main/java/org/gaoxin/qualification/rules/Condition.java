package org.gaoxin.qualification.rules;

import java.util.List;

/**
 * One required condition as judged: the enterprise's value, what the rule asks, the
 * outcome and, unless it passed, what is missing in the enterprise's own terms.
 */
public record Condition(Bilingual name, String value, String requirement, Outcome outcome, List<Bilingual> gaps) {

	public Condition {
		gaps = List.copyOf(gaps);
	}

	static Condition judged(Bilingual name, String value, String requirement, boolean passed, Bilingual gap) {
		return new Condition(name, value, requirement, Outcome.of(passed), passed ? List.of() : List.of(gap));
	}

	public boolean passed() {
		return this.outcome == Outcome.PASS;
	}

	public boolean failed() {
		return this.outcome == Outcome.FAIL;
	}

}
