package org.gaoxin.filing.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.gaoxin.audit.AuditNames;
import org.gaoxin.audit.AuditTerms;
import org.gaoxin.filing.ReportField;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.shared.web.Texts;

import org.springframework.stereotype.Component;

/**
 * An annual report in the change log: the record "325/2022" as the enterprise's name and
 * the year, its fields by their survey names and its status in words. A search for the
 * enterprise's credit code finds its reports.
 */
@Component
class ReportAuditTerms implements AuditTerms {

	private static final String STATUS = "status";

	private static final String ABOVE_SIZE = "above_designated_size";

	private final Texts texts;

	private final AuditNames names;

	ReportAuditTerms(Texts texts, AuditNames names) {
		this.texts = texts;
		this.names = names;
	}

	@Override
	public String entity() {
		return "enterprise_report";
	}

	@Override
	public String field(String field, Locale locale) {
		if (STATUS.equals(field)) {
			return this.texts.get("workflow.status.label", locale);
		}
		if (ABOVE_SIZE.equals(field)) {
			return this.texts.get("enterprise.aboveSize", locale);
		}
		return Arrays.stream(ReportField.values())
			.filter((candidate) -> candidate.code().equals(field))
			.findFirst()
			.map((known) -> known.label().in(locale))
			.orElse(null);
	}

	@Override
	public String record(String key, Locale locale) {
		return this.names.nameAndYear("enterprise", key, locale);
	}

	@Override
	public List<String> keysConcerning(String kind, String key) {
		return "enterprise".equals(kind) ? List.of(key + "/%") : List.of();
	}

	@Override
	public String value(String field, String value, Locale locale) {
		if (STATUS.equals(field) && Arrays.stream(ReportStatus.values()).anyMatch((s) -> s.name().equals(value))) {
			return this.texts.label(ReportStatus.valueOf(value), locale);
		}
		return null;
	}

}
