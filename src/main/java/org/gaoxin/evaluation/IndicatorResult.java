package org.gaoxin.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.gaoxin.shared.Unit;
import org.gaoxin.standard.Comparison;
import org.gaoxin.shared.LocalizedText;

/**
 * An indicator judged for a zone-year: value and threshold compared exactly; gaps
 * relative to the threshold; the formula and every input, so the number can be checked by
 * hand.
 *
 * @param relativeGap 0 when met; (threshold − value) ÷ threshold for ≥, (value −
 * threshold) ÷ threshold for ≤; 1 for an unmet yes/no fact
 * @param attainment value ÷ threshold for ≥ (threshold ÷ value for ≤), 1 or 0 for a fact
 */
public record IndicatorResult(String code, LocalizedText name, String category, Unit unit, boolean core,
		Comparison comparison, BigDecimal threshold, BigDecimal value, Boolean fact, IndicatorStatus status,
		BigDecimal absoluteGap, BigDecimal relativeGap, GapClass gapClass, BigDecimal attainment, String formula,
		List<InputValue> inputs, List<String> missing) {

	/** The value as shown: two decimals at most, trailing zeros dropped. */
	public String displayValue() {
		if (this.fact != null) {
			return this.fact ? "是 / yes" : "否 / no";
		}
		return (this.value != null) ? round(this.value) : "—";
	}

	public String displayThreshold() {
		return (this.threshold != null) ? round(this.threshold) : "是 / yes";
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
