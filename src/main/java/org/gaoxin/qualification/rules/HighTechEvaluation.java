package org.gaoxin.qualification.rules;

import java.util.List;

import org.gaoxin.shared.Message;

/**
 * A high-tech enterprise accreditation check: PASS only when all eight conditions pass,
 * FAIL when any fails, DEPENDS when none fails but experts (or a declaration) still
 * decide.
 */
public record HighTechEvaluation(List<Condition> conditions, InnovationScore score) {

	public HighTechEvaluation {
		conditions = List.copyOf(conditions);
	}

	public Outcome outcome() {
		if (this.conditions.stream().anyMatch(Condition::failed)) {
			return Outcome.FAIL;
		}
		return this.conditions.stream().allMatch(Condition::passed) ? Outcome.PASS : Outcome.DEPENDS;
	}

	public List<Message> gaps() {
		return this.conditions.stream().flatMap((condition) -> condition.gaps().stream()).toList();
	}

}
