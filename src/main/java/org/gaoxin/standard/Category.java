package org.gaoxin.standard;

import java.math.BigDecimal;

import org.gaoxin.shared.LocalizedText;

/**
 * A category of a threshold standard, or a weighted first-level group of a scoring one
 * ({@code weight} null for a threshold standard).
 */
public record Category(String code, LocalizedText name, BigDecimal weight) {

	public Category(String code, LocalizedText name) {
		this(code, name, null);
	}

	/** The weight as a percentage ("33.3 %"), or empty without one. */
	public String weightPercent() {
		return (this.weight != null) ? this.weight.movePointRight(2).stripTrailingZeros().toPlainString() + " %" : "";
	}

}
