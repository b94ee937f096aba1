package org.gaoxin.qualification.rules;

import java.util.List;
import java.util.Optional;

import org.gaoxin.shared.Message;

/**
 * A high-tech application built from stored data, or what is missing to build one;
 * missing figures are never taken as zero.
 *
 * @param application null exactly when something is missing
 */
public record HighTechInputs(HighTechApplication application, List<Message> missing) {

	public HighTechInputs {
		missing = List.copyOf(missing);
		if ((application == null) == missing.isEmpty()) {
			throw new IllegalArgumentException("either an application or what is missing for one");
		}
	}

	public boolean complete() {
		return this.application != null;
	}

	public Optional<HighTechEvaluation> evaluate() {
		return Optional.ofNullable(this.application).map(HighTechApplication::evaluate);
	}

}
