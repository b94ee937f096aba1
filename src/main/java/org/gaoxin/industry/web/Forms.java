package org.gaoxin.industry.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.web.Texts;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the chain pages' forms share: reading typed numbers and dates with the field named
 * as the form shows it, and carrying a refusal back to the page with what was typed.
 */
final class Forms {

	private Forms() {
	}

	static BigDecimal number(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(",", ""));
		}
		catch (NumberFormatException ex) {
			throw refused(field, "number");
		}
	}

	static LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw refused(field, "type");
		}
	}

	static int integer(String field, String text) {
		if (text == null || text.isBlank()) {
			throw refused(field, "required");
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw refused(field, "integer");
		}
	}

	/** What was typed, by field, for the page to show again (nulls kept as empty). */
	static Map<String, String> typed(String... fieldsAndValues) {
		Map<String, String> typed = new java.util.HashMap<>();
		for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
			typed.put(fieldsAndValues[i], (fieldsAndValues[i + 1] != null) ? fieldsAndValues[i + 1] : "");
		}
		return typed;
	}

	static InputRefused refused(String field, String rule) {
		return org.gaoxin.industry.Typed.refused(field, rule);
	}

	/**
	 * Runs a form's change; a refusal or conflict comes back on the page as a message
	 * naming the field, with what was typed.
	 */
	static void attempt(RedirectAttributes redirect, Texts texts, Map<String, ?> typed, String saved, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("saved", saved);
		}
		catch (MessageException ex) {
			redirect.addFlashAttribute("error", texts.render(ex.text()));
			redirect.addFlashAttribute("errorField", (ex instanceof InputRefused refused) ? refused.field() : null);
			redirect.addFlashAttribute("typed", typed);
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("error",
					(ex.text() != null) ? texts.render(ex.text()) : texts.get("error.notFound"));
		}
	}

}
