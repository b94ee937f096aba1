package org.gaoxin.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.gaoxin.audit.AuditTerms;
import org.gaoxin.shared.web.Texts;

import org.springframework.stereotype.Component;

/**
 * An innovation platform's logged fields in words: kind and level named, zone by name.
 */
@Component
class PlatformAuditTerms implements AuditTerms {

	private static final Map<String, String> FIELDS = Map.of("zone", "common.zone", "kind", "audit.field.platform.kind",
			"name", "audit.field.platform.name", "level", "audit.field.platform.level", "established",
			"audit.field.platform.established", "closed", "audit.field.platform.closed");

	private final Texts texts;

	PlatformAuditTerms(Texts texts) {
		this.texts = texts;
	}

	@Override
	public String entity() {
		return "platform";
	}

	@Override
	public String field(String field, Locale locale) {
		String key = FIELDS.get(field);
		return (key != null) ? this.texts.get(key, locale) : null;
	}

	@Override
	public String value(String field, String value, Locale locale) {
		if ("kind".equals(field) && Arrays.stream(PlatformKind.values()).anyMatch((k) -> k.name().equals(value))) {
			return this.texts.label(PlatformKind.valueOf(value), locale);
		}
		if ("level".equals(field) && Arrays.stream(PlatformLevel.values()).anyMatch((l) -> l.name().equals(value))) {
			return this.texts.label(PlatformLevel.valueOf(value), locale);
		}
		return null;
	}

	@Override
	public String references(String field) {
		return "zone".equals(field) ? "zone" : null;
	}

}
