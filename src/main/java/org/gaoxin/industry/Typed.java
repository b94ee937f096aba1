package org.gaoxin.industry;

import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.Message;

/** Checks of typed text shared by the module's services; the field named by its label. */
public final class Typed {

	private Typed() {
	}

	/** The text stripped, or null when blank; refused when longer than {@code max}. */
	static String optional(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw refused(field, "tooLong", max);
		}
		return stripped;
	}

	static String required(String field, String value, int max) {
		String text = optional(field, value, max);
		if (text == null) {
			throw refused(field, "required");
		}
		return text;
	}

	/** A refusal naming the field as the form shows it ({@code chain.field.<field>}). */
	public static InputRefused refused(String field, String rule, Object... args) {
		Object[] all = new Object[args.length + 1];
		all[0] = Message.of("chain.field." + field);
		System.arraycopy(args, 0, all, 1, args.length);
		return new InputRefused(Message.of("validation." + rule, all), field, rule);
	}

}
