package org.gaoxin.enterprise.web;

import org.gaoxin.audit.AuditTerms;
import org.gaoxin.audit.FieldTerms;
import org.gaoxin.shared.HighTechField;
import org.gaoxin.shared.web.Texts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A registry record's fields, as {@code Enterprises.describe} logs them, by the names the
 * enterprise page gives them; zone, chain and link by name.
 */
@Configuration(proxyBeanMethods = false)
class EnterpriseAuditTerms {

	@Bean
	AuditTerms enterpriseTerms(Texts texts) {
		return FieldTerms.of("enterprise", texts)
			.field("name", "enterprise.name")
			.reference("zone", "common.zone", "zone")
			.field("industry", "enterprise.industry")
			.field("techField", "enterprise.techField", HighTechField.class)
			.field("registrationDate", "enterprise.registrationDate")
			.field("aboveDesignatedSize", "enterprise.aboveSize")
			.field("strategicEmerging", "enterprise.strategic")
			.reference("chain", "enterprise.chain", "chain")
			.reference("chainLink", "enterprise.chainLink", "chainLink");
	}

}
