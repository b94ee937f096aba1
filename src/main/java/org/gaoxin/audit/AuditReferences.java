package org.gaoxin.audit;

import java.util.List;
import java.util.Locale;

/**
 * Names the records of one kind by their keys for the change log: a module that owns
 * records others refer to (zones, chains) implements it, so that a logged "QJ-HTZ" reads
 * as the zone's name without the log depending on that module.
 */
public interface AuditReferences {

	/** The kind of record, as {@link AuditTerms#references} names it. */
	String kind();

	/** The record's name in the reader's language, or null when no record has the key. */
	String name(String key, Locale locale);

	/**
	 * The keys of the records a reader's search text names without being part of their
	 * keys (an enterprise's credit code names the enterprise whose id other records' keys
	 * hold); none by default.
	 */
	default List<String> keysNamedBy(String text) {
		return List.of();
	}

}
