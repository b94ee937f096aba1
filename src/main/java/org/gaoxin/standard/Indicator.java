package org.gaoxin.standard;

import org.gaoxin.shared.LocalizedText;
import java.math.BigDecimal;

import org.gaoxin.shared.Unit;

/** One indicator of a standard. {@code threshold} is null for an is-true rule. */
public record Indicator(String code, LocalizedText name, String category, Unit unit, boolean core, ValueSource source,
		Comparison comparison, BigDecimal threshold, BigDecimal weight) {
}
