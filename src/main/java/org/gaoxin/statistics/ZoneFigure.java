package org.gaoxin.statistics;

import java.math.BigDecimal;

/**
 * A zone's figure for a year. A missing figure has neither number nor flag: it is
 * reported as missing, never read as zero. {@code version} counts the saves of the stored
 * figure (0 when it is not stored); a form sends back the version it showed, so that a
 * save on a stale copy is a conflict instead of a lost edit.
 */
public record ZoneFigure(String zoneCode, int year, FigureDefinition definition, BigDecimal number, Boolean flag,
		String source, int version) {

	public ZoneFigure(String zoneCode, int year, FigureDefinition definition, BigDecimal number, Boolean flag,
			String source) {
		this(zoneCode, year, definition, number, flag, source, 0);
	}

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
