package org.gaoxin.qualification.rules;

import java.util.List;

import org.gaoxin.shared.Message;

/**
 * A high-tech enterprise accreditation check: PASS only when all eight conditions pass,
 * FAIL when any fails, DEPENDS when none fails but experts (or a declaration) still
 * decide. The shortfall states the gaps as quantities, for plans that add them up.
 */
public record HighTechEvaluation(List<Condition> conditions, InnovationScore score, HighTechShortfall shortfall) {

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
