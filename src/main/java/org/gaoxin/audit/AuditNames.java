package org.gaoxin.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The names of the records other records refer to, for the change log: every module's
 * {@link AuditReferences} by kind ("zone", "enterprise" …). Terms that name a record by
 * the records its key is made of ("325/2022" is an enterprise's report) ask here.
 */
@Component
public class AuditNames {

	private final Map<String, AuditReferences> references;

	AuditNames(List<AuditReferences> references) {
		this.references = references.stream()
			.collect(Collectors.toMap(AuditReferences::kind, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/** The record's name in the reader's language, or null when none is known. */
	public String name(String kind, String key, Locale locale) {
		AuditReferences names = (kind != null) ? this.references.get(kind) : null;
		return (names != null && key != null && !"null".equals(key)) ? names.name(key, locale) : null;
	}

	/**
	 * A record of one year of another record, keyed "its key/year" (an enterprise's
	 * annual report "325/2022"), as that record's name and the year; null for another key
	 * or an unknown record.
	 */
	public String nameAndYear(String kind, String key, Locale locale) {
		int slash = key.lastIndexOf('/');
		if (slash <= 0 || !key.substring(slash + 1).matches("\\d{4}")) {
			return null;
		}
		String name = name(kind, key.substring(0, slash), locale);
		return (name != null) ? name + " · " + key.substring(slash + 1) : null;
	}

	/**
	 * The records a reader's search text names, by kind: an enterprise's credit code
	 * names that enterprise.
	 */
	Map<String, List<String>> keysNamedBy(String text) {
		Map<String, List<String>> named = new LinkedHashMap<>();
		this.references.forEach((kind, names) -> {
			List<String> keys = names.keysNamedBy(text);
			if (!keys.isEmpty()) {
				named.put(kind, keys);
			}
		});
		return named;
	}

}
