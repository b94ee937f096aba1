package org.gaoxin.qualification.rules;

/** A verdict on a condition, a score or a rule set. Labels: {@code enum.Outcome.*}. */
public enum Outcome {

	PASS, FAIL,
	/** Not decidable from the figures: expert scores or a declaration still to come. */
	DEPENDS;

	static Outcome of(boolean passed) {
		return passed ? PASS : FAIL;
	}

}
