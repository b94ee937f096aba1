package org.gaoxin.operations;

import java.util.Locale;

/**
 * The {@code --lang} of a command: the language of names, labels and texts it prints, as
 * the pages' language switch offers them.
 */
public enum CommandLanguage {

	zh(Locale.SIMPLIFIED_CHINESE), en(Locale.ENGLISH);

	private final Locale locale;

	CommandLanguage(Locale locale) {
		this.locale = locale;
	}

	public Locale locale() {
		return this.locale;
	}

}
