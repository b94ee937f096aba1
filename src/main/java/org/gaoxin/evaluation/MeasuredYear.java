package org.gaoxin.evaluation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A zone-year evaluated, with further formulas over the same inputs (what targets
 * measure).
 *
 * @param measures each formula's value; a formula with a missing input is absent
 */
public record MeasuredYear(int year, Evaluation evaluation, Map<String, BigDecimal> measures) {

	public MeasuredYear {
		measures = Map.copyOf(measures);
	}

	public Optional<BigDecimal> measure(String formula) {
		return Optional.ofNullable(this.measures.get(formula));
	}

}
