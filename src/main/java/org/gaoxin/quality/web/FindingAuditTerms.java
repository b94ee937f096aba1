package org.gaoxin.quality.web;

import java.util.List;
import java.util.Locale;

import org.gaoxin.audit.AuditNames;
import org.gaoxin.audit.AuditTerms;
import org.gaoxin.audit.FieldTerms;
import org.gaoxin.filing.ReportField;
import org.gaoxin.quality.FindingKind;
import org.gaoxin.quality.FindingStatus;
import org.gaoxin.shared.web.Texts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A finding's review in the change log: the record
 * "QJ-HTZ/2021/YEAR_OVER_YEAR_JUMP/379/INDUSTRIAL_OUTPUT" ({@code FindingKey.auditKey})
 * as zone · year · kind · enterprise · field in words, its status and comment by name. A
 * search for the enterprise's credit code finds its findings.
 */
@Configuration(proxyBeanMethods = false)
class FindingAuditTerms {

	@Bean
	AuditTerms findingTerms(Texts texts, AuditNames names) {
		return FieldTerms.of("finding_review", texts)
			.field("status", "quality.status", FindingStatus.class)
			.field("comment", "quality.export.comment")
			.records((key, locale) -> record(texts, names, key, locale))
			.keyedBy("enterprise", (id) -> List.of("%/%/%/" + id, "%/%/%/" + id + "/%"));
	}

	static String record(Texts texts, AuditNames names, String key, Locale locale) {
		String[] parts = key.split("/", -1);
		if (parts.length < 4 || parts.length > 5) {
			return null;
		}
		FindingKind kind = constant(FindingKind.class, parts[2]);
		ReportField field = (parts.length == 5) ? constant(ReportField.class, parts[4]) : null;
		if (kind == null || (parts.length == 5 && field == null)) {
			return null;
		}
		StringBuilder named = new StringBuilder();
		named.append(or(names.name("zone", parts[0], locale), parts[0]))
			.append(" · ")
			.append(parts[1])
			.append(" · ")
			.append(texts.label(kind, locale))
			.append(" · ")
			.append(or(names.name("enterprise", parts[3], locale), parts[3]));
		if (field != null) {
			named.append(" · ").append(field.label().in(locale));
		}
		return named.toString();
	}

	private static String or(String name, String key) {
		return (name != null) ? name : key;
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String name) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		return null;
	}

}
