package org.gaoxin.evaluation.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.gaoxin.evaluation.GapClass;
import org.gaoxin.evaluation.IndicatorResult;
import org.gaoxin.evaluation.IndicatorStatus;
import org.gaoxin.evaluation.InputValue;
import org.gaoxin.shared.Message;
import org.gaoxin.standard.Comparison;
import org.gaoxin.standard.Indicator;
import org.gaoxin.standard.SafeFormula;
import org.gaoxin.standard.Standard;
import org.gaoxin.standard.ValueSource;

/**
 * Computes one indicator's value from the zone-year's inputs and judges it against its
 * threshold.
 */
public final class IndicatorJudge {

	private static final MathContext CONTEXT = MathContext.DECIMAL64;

	private IndicatorJudge() {
	}

	public static IndicatorResult judge(Standard standard, Indicator indicator, ZoneYearInputs inputs) {
		List<InputValue> values = new ArrayList<>();
		String formula;
		if (indicator.source() instanceof ValueSource.Fact fact) {
			formula = fact.figure();
			values.add(inputs.figure(fact.figure()));
		}
		else {
			ValueSource.Formula source = (ValueSource.Formula) indicator.source();
			formula = source.expression();
			for (String input : source.inputs()) {
				values.add(standard.aggregates().containsKey(input) ? inputs.aggregate(standard.aggregates().get(input))
						: inputs.figure(input));
			}
		}
		List<Message> missing = values.stream().filter((v) -> v.missing() != null).map(InputValue::missing).toList();
		if (!missing.isEmpty()) {
			return result(indicator, null, null, IndicatorStatus.MISSING, null, null, GapClass.NONE, null, formula,
					values, missing);
		}
		if (indicator.comparison() == Comparison.IS_TRUE) {
			boolean fact = Boolean.TRUE.equals(values.get(0).flag());
			return result(indicator, null, fact, fact ? IndicatorStatus.MET : IndicatorStatus.UNMET, BigDecimal.ZERO,
					fact ? BigDecimal.ZERO : BigDecimal.ONE, fact ? GapClass.NONE : GapClass.LARGE,
					fact ? BigDecimal.ONE : BigDecimal.ZERO, formula, values, List.of());
		}
		BigDecimal value;
		try {
			java.util.Map<String, BigDecimal> numbers = new java.util.HashMap<>();
			values.forEach((v) -> numbers.put(v.name(), v.value()));
			value = SafeFormula.compile(formula).evaluate(numbers);
		}
		catch (IllegalArgumentException ex) {
			return result(indicator, null, null, IndicatorStatus.MISSING, null, null, GapClass.NONE, null, formula,
					values, List.of(cannotCompute(formula, ex)));
		}
		BigDecimal threshold = indicator.threshold();
		boolean atLeast = indicator.comparison() == Comparison.AT_LEAST;
		boolean met = atLeast ? value.compareTo(threshold) >= 0 : value.compareTo(threshold) <= 0;
		BigDecimal absoluteGap = met ? BigDecimal.ZERO
				: (atLeast ? threshold.subtract(value) : value.subtract(threshold));
		BigDecimal relativeGap = absoluteGap.divide(threshold, CONTEXT);
		BigDecimal attainment = atLeast ? value.divide(threshold, CONTEXT)
				: (value.signum() == 0 ? BigDecimal.valueOf(2) : threshold.divide(value, CONTEXT));
		GapClass gapClass = met ? GapClass.NONE
				: relativeGap.compareTo(standard.verdictRule().maxRelativeGap()) <= 0 ? GapClass.SMALL : GapClass.LARGE;
		return result(indicator, value, null, met ? IndicatorStatus.MET : IndicatorStatus.UNMET, absoluteGap,
				relativeGap, gapClass, attainment, formula, values, List.of());
	}

	/**
	 * A formula over the standard's aggregates and the zone's figures for the zone-year
	 * (what a target measures); null when an input is missing or it cannot be computed.
	 */
	public static BigDecimal measure(Standard standard, SafeFormula formula, ZoneYearInputs inputs) {
		java.util.Map<String, BigDecimal> numbers = new java.util.HashMap<>();
		for (String input : formula.inputs()) {
			InputValue value = standard.aggregates().containsKey(input)
					? inputs.aggregate(standard.aggregates().get(input)) : inputs.figure(input);
			if (value.missing() != null || value.value() == null) {
				return null;
			}
			numbers.put(input, value.value());
		}
		try {
			return formula.evaluate(numbers);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A scored indicator's value for a zone-year from its formula, or null with why it is
	 * missing (an input missing, or a formula that cannot be computed).
	 */
	public static Measured measured(Standard standard, Indicator indicator, ZoneYearInputs inputs) {
		return measured(standard, SafeFormula.compile(((ValueSource.Formula) indicator.source()).expression()), inputs);
	}

	/** The same for any formula over the standard's aggregates and the zone figures. */
	public static Measured measured(Standard standard, SafeFormula formula, ZoneYearInputs inputs) {
		java.util.Map<String, BigDecimal> numbers = new java.util.HashMap<>();
		List<Message> missing = new ArrayList<>();
		for (String input : formula.inputs()) {
			InputValue value = standard.aggregates().containsKey(input)
					? inputs.aggregate(standard.aggregates().get(input)) : inputs.figure(input);
			if (value.missing() != null || value.value() == null) {
				missing.add((value.missing() != null) ? value.missing()
						: Message.of("evaluation.missing.figure", input, inputs.year()));
			}
			else {
				numbers.put(input, value.value());
			}
		}
		if (!missing.isEmpty()) {
			return new Measured(null, missing);
		}
		try {
			return new Measured(formula.evaluate(numbers), List.of());
		}
		catch (IllegalArgumentException ex) {
			return new Measured(null, List.of(cannotCompute(formula.text(), ex)));
		}
	}

	/** A value, or null and why it is missing. */
	public record Measured(BigDecimal value, List<Message> missing) {
	}

	/** Why a formula gave no number: a division by zero, or any other failure. */
	private static Message cannotCompute(String formula, IllegalArgumentException ex) {
		boolean byZero = ex instanceof SafeFormula.Uncomputable uncomputable
				&& uncomputable.reason() == SafeFormula.Uncomputable.Reason.DIVISION_BY_ZERO;
		return Message.of(byZero ? "evaluation.missing.divisionByZero" : "evaluation.missing.cannotCompute", formula);
	}

	private static IndicatorResult result(Indicator indicator, BigDecimal value, Boolean fact, IndicatorStatus status,
			BigDecimal absoluteGap, BigDecimal relativeGap, GapClass gapClass, BigDecimal attainment, String formula,
			List<InputValue> inputs, List<Message> missing) {
		return new IndicatorResult(indicator.code(), indicator.name(), indicator.category(), indicator.unit(),
				indicator.core(), indicator.comparison(), indicator.threshold(), value, fact, status, absoluteGap,
				relativeGap, gapClass, attainment, formula, inputs, missing);
	}

}
