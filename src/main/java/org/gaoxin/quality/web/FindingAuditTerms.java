package org.gaoxin.quality.web;

import java.util.Arrays;
import java.util.Locale;

import org.gaoxin.audit.AuditTerms;
import org.gaoxin.quality.FindingStatus;
import org.gaoxin.shared.web.Texts;

import org.springframework.stereotype.Component;

/** A finding's status and comment in words. */
@Component
class FindingAuditTerms implements AuditTerms {

	private final Texts texts;

	FindingAuditTerms(Texts texts) {
		this.texts = texts;
	}

	@Override
	public String entity() {
		return "finding_review";
	}

	@Override
	public String field(String field, Locale locale) {
		return switch (field) {
			case "status" -> this.texts.get("quality.status", locale);
			case "comment" -> this.texts.get("quality.export.comment", locale);
			default -> null;
		};
	}

	@Override
	public String value(String field, String value, Locale locale) {
		if ("status".equals(field) && Arrays.stream(FindingStatus.values()).anyMatch((s) -> s.name().equals(value))) {
			return this.texts.label(FindingStatus.valueOf(value), locale);
		}
		return null;
	}

}
