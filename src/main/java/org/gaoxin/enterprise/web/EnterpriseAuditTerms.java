package org.gaoxin.enterprise.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.gaoxin.audit.AuditTerms;
import org.gaoxin.shared.HighTechField;
import org.gaoxin.shared.web.Texts;

import org.springframework.stereotype.Component;

/** A registry record's fields by the names the enterprise page gives them. */
@Component
class EnterpriseAuditTerms implements AuditTerms {

	/** The fields as {@code Enterprises.describe} logs them, and their texts. */
	private static final Map<String, String> FIELDS = Map.of("name", "enterprise.name", "zone", "common.zone",
			"industry", "enterprise.industry", "techField", "enterprise.techField", "registrationDate",
			"enterprise.registrationDate", "aboveDesignatedSize", "enterprise.aboveSize", "strategicEmerging",
			"enterprise.strategic", "chain", "enterprise.chain", "chainLink", "enterprise.chainLink");

	private final Texts texts;

	EnterpriseAuditTerms(Texts texts) {
		this.texts = texts;
	}

	@Override
	public String entity() {
		return "enterprise";
	}

	@Override
	public String field(String field, Locale locale) {
		String key = FIELDS.get(field);
		return (key != null) ? this.texts.get(key, locale) : null;
	}

	@Override
	public String value(String field, String value, Locale locale) {
		if ("techField".equals(field)
				&& Arrays.stream(HighTechField.values()).anyMatch((f) -> f.name().equals(value))) {
			return this.texts.label(HighTechField.valueOf(value), locale);
		}
		return null;
	}

	@Override
	public String references(String field) {
		return switch (field) {
			case "zone", "chain", "chainLink" -> field;
			default -> null;
		};
	}

}
