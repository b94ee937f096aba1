package org.gaoxin.intake;

/**
 * A problem found in an import, located as a person finds it in the file: sheet, row and
 * column (letter and header), the value, and the rule it breaks. {@code columnIndex} is
 * zero-based, -1 for a problem of the whole file.
 */
public record ImportError(String sheet, int row, int columnIndex, String column, String value, String ruleZh,
		String ruleEn) {

	public String rule() {
		return this.ruleZh + " / " + this.ruleEn;
	}

}
