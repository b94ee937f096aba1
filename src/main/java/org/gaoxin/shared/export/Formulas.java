package org.gaoxin.shared.export;

/**
 * The one rule of what a spreadsheet would run as a formula (OWASP's CSV injection rule):
 * text beginning with = + - @, a tab or a carriage return. Exports neutralise such text;
 * imports refuse it in text columns (numbers are parsed as numbers, so -5 is no formula).
 */
public final class Formulas {

	private static final String TRIGGERS = "=+-@\t\r";

	private Formulas() {
	}

	public static boolean dangerous(String text) {
		return text != null && !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0;
	}

	/** Text as a spreadsheet should show it, never as a formula: a leading apostrophe. */
	public static String neutralise(String text) {
		return dangerous(text) ? "'" + text : text;
	}

}
