package org.gaoxin.statistics;

import java.math.BigDecimal;

/**
 * A zone's figure for a year. A missing figure has neither number nor flag: it is
 * reported as missing, never read as zero.
 */
public record ZoneFigure(String zoneCode, int year, FigureDefinition definition, BigDecimal number, Boolean flag,
		String source) {

	public boolean missing() {
		return this.number == null && this.flag == null;
	}

	/**
	 * The number as written (548, 4280, 0.76), or 是/否 for a yes/no figure; empty when
	 * missing.
	 */
	public String displayValue() {
		if (this.number != null) {
			return this.number.stripTrailingZeros().toPlainString();
		}
		return (this.flag != null) ? (this.flag ? "✔" : "✘") : "";
	}

	public String code() {
		return this.definition.code();
	}

}
