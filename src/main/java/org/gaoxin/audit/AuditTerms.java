package org.gaoxin.audit;

import java.util.List;
import java.util.Locale;

/**
 * How a module's records read in the change log: the names of their fields and their
 * logged values in the reader's language (a report's "qc236" is 研究开发费用, its status
 * APPROVED is 已审核通过). The module that writes the records implements it, so that the log
 * reads them without depending on that module.
 */
public interface AuditTerms {

	/** The entity these terms are for, as the log names it. */
	String entity();

	/** The field's name for the reader, or null to show it as logged. */
	String field(String field, Locale locale);

	/** A logged value of the field for the reader, or null to show it as logged. */
	default String value(String field, String value, Locale locale) {
		return null;
	}

	/**
	 * The kind of record the field's values are keys of ("zone" for a zone's code), named
	 * by the module that owns those records ({@link AuditReferences}); null for none.
	 */
	default String references(String field) {
		return null;
	}

	/**
	 * The record's name for the reader ("QJ-HTZ/2021/gdp" as words), or null to show its
	 * key.
	 */
	default String record(String key, Locale locale) {
		return null;
	}

	/**
	 * The keys of this entity's records that concern another record, as SQL LIKE patterns
	 * ({@code %} for any text): an annual report's key "325/2022" concerns enterprise
	 * 325, so for ("enterprise", "325") a report's terms answer "325/%". A search for an
	 * enterprise's credit code then finds its reports. None by default.
	 */
	default List<String> keysConcerning(String kind, String key) {
		return List.of();
	}

}
