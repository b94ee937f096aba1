package org.gaoxin.intake;

import org.gaoxin.shared.Message;

/**
 * A stored value an import would replace. The record, field and values as stored (keys
 * and codes) are for programs and the confirmation's fingerprint; the texts are what
 * people read, in their language: the enterprise by its name and credit code, the field
 * by its name, a status or a choice by its label.
 *
 * @param status whether the record's review status changes, rather than one of its values
 */
public record Change(String record, String field, String oldValue, String newValue, boolean status, Message recordName,
		Message fieldName, Message oldText, Message newText) {

	/**
	 * A value of the record changing: {@code field} as stored, named by its column, which
	 * also reads its values (a choice by its label).
	 */
	public static Change value(String record, Message recordName, String field, Column column, Object before,
			Object after) {
		return new Change(record, field, raw(before), raw(after), false, recordName,
				Message.of("intake.change.field", column.name()), text(column, before), text(column, after));
	}

	/** The record's review status changing, from one status (an enum) to another. */
	public static Change status(String record, Message recordName, Enum<?> before, Enum<?> after) {
		return new Change(record, "status", before.name(), after.name(), true, recordName,
				Message.of("intake.change.statusField"), Message.of("intake.change.value", before),
				Message.of("intake.change.value", after));
	}

	private static String raw(Object value) {
		if (value instanceof java.math.BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		return String.valueOf(value);
	}

	/**
	 * A value as people read it: a choice (yes/no included) by its label, blank as such.
	 */
	private static Message text(Column column, Object value) {
		if (value == null || value.toString().isBlank()) {
			return Message.of("intake.change.blank");
		}
		String raw = (value instanceof Enum<?> constant) ? constant.name() : raw(value);
		return column.choices()
			.stream()
			.filter((choice) -> choice.code().equalsIgnoreCase(raw))
			.findFirst()
			.map((choice) -> Message.of("intake.change.value", choice.label()))
			.orElseGet(() -> Message.of("intake.change.value", raw));
	}

}
