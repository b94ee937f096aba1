package org.gaoxin.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.Unit;
import org.gaoxin.standard.Comparison;

/**
 * An indicator judged for a zone-year: value and threshold compared exactly; gaps
 * relative to the threshold; the formula and every input, so the number can be checked by
 * hand.
 *
 * @param relativeGap 0 when met; (threshold − value) ÷ threshold for ≥, (value −
 * threshold) ÷ threshold for ≤; 1 for an unmet yes/no fact
 * @param attainment value ÷ threshold for ≥ (threshold ÷ value for ≤), 1 or 0 for a fact
 * @param missing why the value is missing, one message per missing input
 * ({@code evaluation.missing.*}); empty unless the status is MISSING
 */
public record IndicatorResult(String code, LocalizedText name, String category, Unit unit, boolean core,
		Comparison comparison, BigDecimal threshold, BigDecimal value, Boolean fact, IndicatorStatus status,
		BigDecimal absoluteGap, BigDecimal relativeGap, GapClass gapClass, BigDecimal attainment, String formula,
		List<InputValue> inputs, List<Message> missing) {

	/**
	 * The number as shown: two decimals at most, trailing zeros dropped; "—" when there
	 * is none (missing data, or a yes/no fact: see {@link #valueText()}).
	 */
	public String displayValue() {
		return (this.value != null) ? round(this.value) : "—";
	}

	/** The threshold as shown; "—" for a yes/no fact (see {@link #rule()}). */
	public String displayThreshold() {
		return (this.threshold != null) ? round(this.threshold) : "—";
	}

	/** The value as a reader sees it: the number, yes or no for a fact, or "—". */
	public Message valueText() {
		if (this.fact != null) {
			return Message.of(this.fact ? "evaluation.fact.yes" : "evaluation.fact.no");
		}
		return Message.of("evaluation.value", displayValue());
	}

	/** The requirement as a reader sees it: "≥ 600", or "must be yes" for a fact. */
	public Message rule() {
		if (this.comparison == Comparison.IS_TRUE || this.threshold == null) {
			return Message.of("evaluation.rule.isTrue");
		}
		return Message.of("evaluation.rule.threshold", this.comparison, displayThreshold());
	}

	/** Relative gap in percent with one decimal, e.g. "8.7". */
	public String displayRelativeGap() {
		return (this.relativeGap != null)
				? this.relativeGap.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() : "—";
	}

	public boolean met() {
		return this.status == IndicatorStatus.MET;
	}

	static String round(BigDecimal number) {
		BigDecimal rounded = number.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
	}

}
