package org.gaoxin.policy.web;

import org.gaoxin.audit.AuditTerms;
import org.gaoxin.audit.FieldTerms;
import org.gaoxin.policy.ListStatus;
import org.gaoxin.policy.TalentLevel;
import org.gaoxin.shared.web.Texts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The policy module's records in the change log: fields by their labels, states in words.
 */
@Configuration(proxyBeanMethods = false)
class PolicyAuditTerms {

	@Bean
	AuditTerms policyVersionTerms(Texts texts) {
		return FieldTerms.of("policy", texts)
			.field("source", "policy.source")
			.field("checksum", "policy.checksum")
			.field("articles", "policy.article")
			.field("retired", "policy.retired.badge");
	}

	@Bean
	AuditTerms paymentListTerms(Texts texts) {
		return FieldTerms.of("paymentList", texts)
			.field("zone", "policy.field.zone")
			.field("policy", "policy.name")
			.field("article", "policy.article")
			.field("year", "common.year")
			.field("status", "policy.list.status", ListStatus.class)
			.field("total", "policy.list.total")
			.field("lines", "policy.audit.lines")
			.field("preparedBy", "policy.list.preparedBy")
			.field("approvedBy", "policy.list.approvedBy");
	}

	@Bean
	AuditTerms policyPaymentTerms(Texts texts) {
		return FieldTerms.of("policyPayment", texts)
			.field("list", "policy.list")
			.field("line", "policy.field.lineId")
			.field("subject", "policy.enterprise")
			.field("amount", "policy.field.amount")
			.field("paidOn", "policy.field.paidOn")
			.field("voucherNo", "policy.field.voucherNo");
	}

	@Bean
	AuditTerms talentTerms(Texts texts) {
		return FieldTerms.of("talent", texts)
			.field("name", "policy.talent.field.name")
			.field("level", "policy.talent.field.level", TalentLevel.class)
			.field("field", "policy.talent.field.field")
			.field("enterprise", "policy.talent.field.enterpriseId")
			.field("programme", "policy.talent.field.programme")
			.field("year", "policy.talent.field.year");
	}

}
