package org.gaoxin.statistics;

import java.math.BigDecimal;

import org.gaoxin.shared.Decimals;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Unit;

/**
 * What a zone figure is: its code (as standards' formulas name it), names, unit, type and
 * the range a number may take ({@code minValue}, {@code maxValue}; null: unbounded). A
 * GDP, an area or a population cannot be negative.
 */
public record FigureDefinition(String code, String nameZh, String nameEn, Unit unit, ValueType valueType, int sortOrder,
		BigDecimal minValue, BigDecimal maxValue) {

	/** Digits a stored value has before the point: NUMERIC(20, 4). */
	public static final int INTEGER_DIGITS = 16;

	/** Decimals a stored value keeps. */
	public static final int SCALE = 4;

	public FigureDefinition(String code, String nameZh, String nameEn, Unit unit, ValueType valueType, int sortOrder) {
		this(code, nameZh, nameEn, unit, valueType, sortOrder, null, null);
	}

	public String name(boolean chinese) {
		return chinese ? this.nameZh : this.nameEn;
	}

	public LocalizedText name() {
		return new LocalizedText(this.nameZh, this.nameEn);
	}

	/** Whether a number is one this figure can hold: its digits and its range. */
	public boolean accepts(BigDecimal number) {
		return Decimals.fits(number, INTEGER_DIGITS, SCALE)
				&& (this.minValue == null || number.compareTo(this.minValue) >= 0)
				&& (this.maxValue == null || number.compareTo(this.maxValue) <= 0);
	}

	/**
	 * The number, if this figure can hold it; otherwise an {@link InputRefused} of the
	 * field naming the rule (digits, negative, min, max).
	 */
	public BigDecimal check(String field, BigDecimal number) {
		Decimals.check(field, number, INTEGER_DIGITS, SCALE);
		if (this.minValue != null && number.compareTo(this.minValue) < 0) {
			throw (this.minValue.signum() == 0) ? new InputRefused(field, "negative")
					: new InputRefused(field, "min", this.minValue);
		}
		if (this.maxValue != null && number.compareTo(this.maxValue) > 0) {
			throw new InputRefused(field, "max", this.maxValue);
		}
		return number;
	}

}
