package org.gaoxin.industry.web;

import org.gaoxin.audit.AuditTerms;
import org.gaoxin.audit.FieldTerms;
import org.gaoxin.industry.ProjectStage;
import org.gaoxin.shared.web.Texts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The chain work's logged fields in the words of its forms: a chain's leader, its
 * measures, the enterprises to attract, investment projects (stage named), chain and link
 * by name.
 */
@Configuration(proxyBeanMethods = false)
class ChainAuditTerms {

	@Bean
	AuditTerms chainTerms(Texts texts) {
		return FieldTerms.of("chain", texts)
			.reference("zone", "common.zone", "zone")
			.field("leaderName", "chain.field.person")
			.field("leaderPost", "chain.field.post")
			.field("leaderUser", "chain.field.username")
			.field("leadDepartment", "chain.field.department");
	}

	@Bean
	AuditTerms chainMeasureTerms(Texts texts) {
		return FieldTerms.of("chainMeasure", texts)
			.reference("chain", "chain.field.chain", "chain")
			.field("title", "chain.field.title")
			.field("budget", "chain.field.budget")
			.field("startsOn", "chain.field.startsOn")
			.field("endsOn", "chain.field.endsOn");
	}

	@Bean
	AuditTerms attractionTargetTerms(Texts texts) {
		return FieldTerms.of("attractionTarget", texts)
			.reference("chainLink", "chain.field.link", "chainLink")
			.field("name", "chain.field.targetName")
			.field("location", "chain.field.location")
			.field("note", "chain.field.note");
	}

	@Bean
	AuditTerms investmentProjectTerms(Texts texts) {
		return FieldTerms.of("investmentProject", texts)
			.reference("chain", "chain.field.chain", "chain")
			.reference("chainLink", "chain.field.link", "chainLink")
			.field("name", "chain.field.projectName")
			.field("investor", "chain.field.investor")
			.field("foreignInvestor", "chain.field.foreignInvestor")
			.field("country", "chain.field.country")
			.field("currency", "chain.field.currency")
			.field("plannedAmount", "chain.field.plannedAmount")
			.field("plannedUsdRate", "chain.field.plannedUsdRate")
			.field("responsible", "chain.field.responsible")
			.field("openedOn", "chain.field.openedOn")
			.field("stage", "chain.field.stage", ProjectStage.class)
			.field("stageSince", "chain.audit.stageSince")
			.field("utilisation", "chain.audit.utilisation");
	}

}
