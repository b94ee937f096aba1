package org.gaoxin.intake;

import java.util.Locale;

import org.gaoxin.shared.LocalizedText;

/**
 * A value a column accepts: its code and its label; a cell may give either, in either
 * language.
 */
public record Choice(String code, LocalizedText label) {

	public boolean matches(String text) {
		String t = text.strip();
		return t.equalsIgnoreCase(this.code) || t.equals(this.label.zh())
				|| t.toLowerCase(Locale.ROOT).equals(this.label.en().toLowerCase(Locale.ROOT));
	}

}
