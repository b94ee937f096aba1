package org.gaoxin.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the change log is searched by; every part is optional and each narrows.
 *
 * @param actor part of the user name of who changed it
 * @param entity the kind of record, exactly (enterprise, enterprise_report …)
 * @param key part of the record's key (a credit code, "1234/2021" …)
 * @param from the first day, in the application's time zone
 * @param to the last day, included
 */
public record AuditSearch(String actor, String entity, String key,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	public AuditSearch {
		actor = trimmed(actor);
		entity = trimmed(entity);
		key = trimmed(key);
	}

	public static AuditSearch everything() {
		return new AuditSearch(null, null, null, null, null);
	}

	private static String trimmed(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		return (stripped.length() > 120) ? stripped.substring(0, 120) : stripped;
	}

}
