package org.gaoxin.qualification.web;

import java.util.List;

import org.gaoxin.audit.AuditNames;
import org.gaoxin.audit.AuditTerms;
import org.gaoxin.audit.FieldTerms;
import org.gaoxin.shared.web.Texts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An enterprise's declarations and expert scores in the change log: the record "325/2022"
 * as the enterprise's name and the year; a search for its credit code finds them.
 */
@Configuration(proxyBeanMethods = false)
class QualificationAuditTerms {

	@Bean
	AuditTerms declarationTerms(Texts texts, AuditNames names) {
		return ofEnterpriseYears("enterprise_declaration", texts, names);
	}

	@Bean
	AuditTerms expertReviewTerms(Texts texts, AuditNames names) {
		return ofEnterpriseYears("expert_review", texts, names);
	}

	private static FieldTerms ofEnterpriseYears(String entity, Texts texts, AuditNames names) {
		return FieldTerms.of(entity, texts)
			.records((key, locale) -> names.nameAndYear("enterprise", key, locale))
			.keyedBy("enterprise", (id) -> List.of(id + "/%"));
	}

}
