package org.gaoxin.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.gaoxin.shared.web.Texts;

/**
 * {@link AuditTerms} declared field by field: each field's name is a message key, its
 * values are shown as logged, as an enum's labels, by a record they refer to, or by a
 * function; records may be named by a function of their keys. A module declares its terms
 * as a bean:
 * {@code FieldTerms.of("platform", texts).field("level", "platform.level", PlatformLevel.class)}.
 */
public final class FieldTerms implements AuditTerms {

	private final String entity;

	private final Texts texts;

	private final Map<String, String> names = new HashMap<>();

	private final Map<String, BiFunction<String, Locale, String>> values = new HashMap<>();

	private final Map<String, String> references = new HashMap<>();

	private BiFunction<String, Locale, String> records = (key, locale) -> null;

	private final Map<String, Function<String, List<String>>> concerning = new HashMap<>();

	private FieldTerms(String entity, Texts texts) {
		this.entity = entity;
		this.texts = texts;
	}

	public static FieldTerms of(String entity, Texts texts) {
		return new FieldTerms(entity, texts);
	}

	/** A field named by a message key; its values shown as logged. */
	public FieldTerms field(String field, String key) {
		this.names.put(field, key);
		return this;
	}

	/** A field whose values are constants of an enum, shown by their labels. */
	public <E extends Enum<E>> FieldTerms field(String field, String key, Class<E> type) {
		return field(field, key, (value, locale) -> {
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(value)) {
					return this.texts.label(constant, locale);
				}
			}
			return null;
		});
	}

	/** A field whose values a function names (null: shown as logged). */
	public FieldTerms field(String field, String key, BiFunction<String, Locale, String> value) {
		this.values.put(field, value);
		return field(field, key);
	}

	/**
	 * A field whose values are keys of another module's records
	 * ({@link AuditReferences}).
	 */
	public FieldTerms reference(String field, String key, String kind) {
		this.references.put(field, kind);
		return field(field, key);
	}

	/** Names the records by their keys (null: shown as logged). */
	public FieldTerms records(BiFunction<String, Locale, String> namer) {
		this.records = namer;
		return this;
	}

	/**
	 * The records' keys hold the keys of another kind of record (an enterprise's id): the
	 * function gives the LIKE patterns of the keys that concern one of them.
	 */
	public FieldTerms keyedBy(String kind, Function<String, List<String>> patterns) {
		this.concerning.put(kind, patterns);
		return this;
	}

	@Override
	public String entity() {
		return this.entity;
	}

	@Override
	public String field(String field, Locale locale) {
		String key = this.names.get(field);
		return (key != null) ? this.texts.get(key, locale) : null;
	}

	@Override
	public String value(String field, String value, Locale locale) {
		BiFunction<String, Locale, String> named = this.values.get(field);
		return (named != null) ? named.apply(value, locale) : null;
	}

	@Override
	public String references(String field) {
		return this.references.get(field);
	}

	@Override
	public String record(String key, Locale locale) {
		return this.records.apply(key, locale);
	}

	@Override
	public List<String> keysConcerning(String kind, String key) {
		Function<String, List<String>> patterns = this.concerning.get(kind);
		return (patterns != null) ? patterns.apply(key) : List.of();
	}

}
