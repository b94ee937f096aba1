package org.gaoxin.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.gaoxin.shared.LocalTimes;
import org.gaoxin.shared.web.Texts;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lines of the change log as a reader reads them: local times, actions, records and
 * fields in words, and values readable (yes/no, a created record's values one per line,
 * statuses and fields named by the module that wrote them, references to other records by
 * those records' names). The log page and every record's history show them.
 */
@Component
public class AuditLines {

	/** A created or deleted record's values as the log writes them: "name=…, zone=…". */
	private static final Pattern DESCRIPTION = Pattern.compile(", (?=[A-Za-z_][A-Za-z0-9_]*=)");

	private static final Pattern DESCRIPTION_START = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=");

	/** A moment as the log writes it (Instant.toString): shown in local time. */
	private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");

	private static final Pattern RECORDS = Pattern.compile("(\\d+) records");

	private static final String IMPORTED = "imported: ";

	private final AuditLog audit;

	private final Texts texts;

	private final LocalTimes times;

	private final MessageSource messages;

	private final Map<String, AuditTerms> terms;

	private final AuditNames names;

	AuditLines(AuditLog audit, Texts texts, LocalTimes times, MessageSource messages, List<AuditTerms> terms,
			AuditNames names) {
		this.audit = audit;
		this.texts = texts;
		this.times = times;
		this.messages = messages;
		this.terms = terms.stream().collect(Collectors.toMap(AuditTerms::entity, Function.identity()));
		this.names = names;
	}

	/**
	 * One line of the log; {@code oldValue} and {@code newValue} are shown a line each.
	 */
	public record AuditLine(long id, String time, String actor, String action, String entity, String key, String field,
			List<String> oldValue, List<String> newValue) {
	}

	/** A record's history, oldest first, as {@link AuditLog#forRecord} finds it. */
	public List<AuditLine> forRecord(String entity, Object key, Locale locale) {
		return lines(this.audit.forRecord(entity, key), locale);
	}

	/** Lines of the log; a record named on many lines is looked up once. */
	public List<AuditLine> lines(List<AuditEntry> entries, Locale locale) {
		Map<String, String> records = new java.util.HashMap<>();
		return entries.stream().map((entry) -> line(entry, locale, records)).toList();
	}

	public AuditLine line(AuditEntry entry, Locale locale) {
		return line(entry, locale, new java.util.HashMap<>());
	}

	private AuditLine line(AuditEntry entry, Locale locale, Map<String, String> records) {
		AuditTerms entityTerms = this.terms.get(entry.entity());
		String key = entry.entityKey();
		String record = (entry.action() == AuditAction.IMPORT) ? source(key, locale)
				: records.computeIfAbsent(entry.entity() + "\n" + key, (k) -> record(entityTerms, key, locale));
		return new AuditLine(entry.id(), this.times.seconds(entry.occurredAt()), entry.actor(),
				this.texts.label(entry.action(), locale), entity(entry.entity(), locale), record,
				(entry.field() != null) ? field(entityTerms, entry.field(), locale) : null,
				value(entityTerms, entry.field(), entry.oldValue(), locale),
				value(entityTerms, entry.field(), entry.newValue(), locale));
	}

	/** The kind of record in words; one the bundles do not name yet shows as logged. */
	public String entity(String entity, Locale locale) {
		// entities are data written by every module, new ones included: an unnamed one
		// reads as logged rather than failing the page
		return this.messages.getMessage("audit.entity." + entity, null, entity, locale);
	}

	private String field(AuditTerms terms, String field, Locale locale) {
		String named = (terms != null) ? terms.field(field, locale) : null;
		return (named != null) ? named : field;
	}

	private List<String> value(AuditTerms terms, String field, String value, Locale locale) {
		if (value == null) {
			return List.of();
		}
		if (field == null && DESCRIPTION_START.matcher(value).lookingAt()) {
			return Arrays.stream(DESCRIPTION.split(value)).map((part) -> {
				int equals = part.indexOf('=');
				String name = part.substring(0, equals);
				return field(terms, name, locale) + ": " + single(terms, name, part.substring(equals + 1), locale);
			}).toList();
		}
		return List.of(single(terms, field, value, locale));
	}

	private String single(AuditTerms terms, String field, String value, Locale locale) {
		String named = (terms != null && field != null) ? terms.value(field, value, locale) : null;
		if (named != null) {
			return named;
		}
		String referenced = (terms != null && field != null) ? reference(terms.references(field), value, locale) : null;
		if (referenced != null) {
			return referenced;
		}
		if ("true".equals(value) || "false".equals(value)) {
			return this.texts.get(Boolean.parseBoolean(value) ? "common.yes" : "common.no", locale);
		}
		if ("null".equals(value)) {
			return "—";
		}
		if (INSTANT.matcher(value).matches()) {
			return this.times.seconds(Instant.parse(value));
		}
		Matcher records = RECORDS.matcher(value);
		if (records.matches()) {
			return this.texts.get("audit.records", locale, Long.valueOf(records.group(1)));
		}
		if (value.startsWith(IMPORTED)) {
			return this.texts.get("audit.importedFrom", locale, source(value.substring(IMPORTED.length()), locale));
		}
		return value;
	}

	/**
	 * Where a load came from, in words: a file's import ({@link AuditLog#importSource})
	 * or the demo generator; another source as logged.
	 */
	private String source(String source, Locale locale) {
		if (source == null) {
			return null;
		}
		Matcher file = AuditLog.IMPORT_SOURCE.matcher(source);
		if (file.matches()) {
			return this.texts.get("audit.source.file", locale, file.group(1), file.group(2));
		}
		if (AuditLog.GENERATED.equals(source)) {
			return this.texts.get("audit.source.generated", locale);
		}
		return source;
	}

	private static String record(AuditTerms terms, String key, Locale locale) {
		String named = (terms != null && key != null) ? terms.record(key, locale) : null;
		return (named != null) ? named : key;
	}

	private String reference(String kind, String key, Locale locale) {
		return this.names.name(kind, key, locale);
	}

}
