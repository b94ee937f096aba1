package org.gaoxin.industry.web;

import org.gaoxin.audit.AuditTerms;
import org.gaoxin.audit.FieldTerms;
import org.gaoxin.chain.Chain;
import org.gaoxin.chain.ChainLink;
import org.gaoxin.chain.Chains;
import org.gaoxin.industry.ProjectStage;
import org.gaoxin.shared.web.Texts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The chain work's logged fields in the words of its forms: a chain's leader, its
 * measures, the enterprises to attract, investment projects (stage named), chain and link
 * by name.
 */
@Configuration(proxyBeanMethods = false)
class ChainAuditTerms {

	@Bean
	AuditTerms chainTerms(Texts texts, Chains chains) {
		return FieldTerms.of("chain", texts)
			.records((key, locale) -> linkOrChain(chains, key, Texts.chinese(locale)))
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

	@Bean
	AuditTerms techContractTerms(Texts texts) {
		return FieldTerms.of("techContract", texts)
			.reference("zone", "common.zone", "zone")
			.field("year", "common.year")
			.field("title", "innovation.contract")
			.field("seller", "innovation.seller")
			.field("buyer", "innovation.buyer")
			.field("field", "innovation.field", org.gaoxin.shared.HighTechField.class)
			.field("turnover", "innovation.turnover")
			.field("platform", "innovation.platform");
	}

	@Bean
	AuditTerms incubationTerms(Texts texts) {
		return FieldTerms.of("incubation", texts)
			.field("platform", "innovation.platform")
			.field("enterprise", "innovation.enterprise")
			.field("entered", "innovation.entered")
			.field("graduated", "innovation.graduatedYear");
	}

	@Bean
	AuditTerms linkMemberTerms(Texts texts, Chains chains, JdbcClient jdbc) {
		return FieldTerms.of("linkMember", texts)
			// "enterprise id/link": the enterprise's and the link's names
			.records((key, locale) -> {
				int slash = key.indexOf('/');
				if (slash < 0) {
					return null;
				}
				String enterprise = jdbc.sql("SELECT name FROM enterprise WHERE CAST(id AS VARCHAR(20)) = :id")
					.param("id", key.substring(0, slash))
					.query(String.class)
					.optional()
					.orElse(key.substring(0, slash));
				return enterprise + " · " + linkOrChain(chains, key.substring(slash + 1), Texts.chinese(locale));
			})
			.field("enterprise", "innovation.enterprise")
			.reference("chainLink", "chain.field.link", "chainLink");
	}

	@Bean
	AuditTerms chainEdgeTerms(Texts texts, Chains chains) {
		return FieldTerms.of("chainEdge", texts)
			// "upstream→downstream" by the links' names
			.records((key, locale) -> {
				String[] ends = key.split("→");
				return (ends.length == 2) ? linkOrChain(chains, ends[0], Texts.chinese(locale)) + " → "
						+ linkOrChain(chains, ends[1], Texts.chinese(locale)) : null;
			})
			.reference("chain", "chain.field.chain", "chain")
			.reference("upstream", "chain.field.upstream", "chainLink")
			.reference("downstream", "chain.field.downstream", "chainLink");
	}

	/** A chain's or a link's name by its code; the code when there is no such record. */
	private static String linkOrChain(Chains chains, String code, boolean chinese) {
		for (Chain chain : chains.all()) {
			if (chain.code().equals(code)) {
				return chain.name(chinese);
			}
			java.util.Optional<ChainLink> link = chain.link(code);
			if (link.isPresent()) {
				return link.get().name(chinese);
			}
		}
		return code;
	}

}
