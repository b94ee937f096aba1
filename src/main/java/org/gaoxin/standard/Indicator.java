package org.gaoxin.standard;

import org.gaoxin.shared.LocalizedText;
import java.math.BigDecimal;

import org.gaoxin.shared.Unit;

/**
 * One indicator of a standard. A threshold standard's has a comparison and a threshold
 * (null for an is-true rule) and no direction; a scoring standard's has a direction and a
 * weight within its group, and no comparison or threshold.
 */
public record Indicator(String code, LocalizedText name, String category, Unit unit, boolean core, ValueSource source,
		Comparison comparison, BigDecimal threshold, BigDecimal weight, Direction direction) {

	public Indicator(String code, LocalizedText name, String category, Unit unit, boolean core, ValueSource source,
			Comparison comparison, BigDecimal threshold, BigDecimal weight) {
		this(code, name, category, unit, core, source, comparison, threshold, weight, null);
	}

	/** The weight as a percentage ("33.3 %"), or empty without one. */
	public String weightPercent() {
		return (this.weight != null) ? this.weight.movePointRight(2).stripTrailingZeros().toPlainString() + " %" : "";
	}

}
