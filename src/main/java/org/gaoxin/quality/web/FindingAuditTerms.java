package org.gaoxin.quality.web;

import org.gaoxin.audit.AuditTerms;
import org.gaoxin.audit.FieldTerms;
import org.gaoxin.quality.FindingStatus;
import org.gaoxin.shared.web.Texts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A finding's status and comment in words. */
@Configuration(proxyBeanMethods = false)
class FindingAuditTerms {

	@Bean
	AuditTerms findingTerms(Texts texts) {
		return FieldTerms.of("finding_review", texts)
			.field("status", "quality.status", FindingStatus.class)
			.field("comment", "quality.export.comment");
	}

}
