package org.gaoxin.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An eligible candidate of an article: the conditions it meets with the values read, what
 * the award formula gives (万元, not below zero), the caps that cut it, and the amount.
 */
public record Match(Candidate candidate, String policyCode, String articleCode, Map<String, BigDecimal> inputs,
		BigDecimal formulaAmount, List<CapStep> caps, BigDecimal amount) {

	public Match {
		inputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
		caps = List.copyOf(caps);
	}

	Match cut(CapStep step) {
		List<CapStep> more = new java.util.ArrayList<>(this.caps);
		more.add(step);
		return new Match(this.candidate, this.policyCode, this.articleCode, this.inputs, this.formulaAmount, more,
				step.after());
	}

}
