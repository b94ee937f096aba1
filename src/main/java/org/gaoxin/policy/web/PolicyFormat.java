package org.gaoxin.policy.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.gaoxin.policy.Article;
import org.gaoxin.policy.Match;
import org.gaoxin.policy.NearMiss;
import org.gaoxin.policy.PolicyInputs;
import org.gaoxin.policy.Reasons;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.web.Texts;

import org.springframework.stereotype.Component;

/** How policy pages write amounts and reasons ({@code @policyFormat} in templates). */
@Component("policyFormat")
public class PolicyFormat {

	private final Texts texts;

	PolicyFormat(Texts texts) {
		this.texts = texts;
	}

	/** An amount in 万元: 万元 in Chinese, million yuan in English. */
	public String money(BigDecimal wanYuan) {
		return (wanYuan != null) ? this.texts.render(Message.of("policy.money", PolicyInputs.wan(wanYuan))) : "—";
	}

	public List<String> reasons(Match match, Article article) {
		return Reasons.of(match, article).stream().map(this.texts::render).toList();
	}

	public String near(NearMiss miss) {
		return this.texts.render(Reasons.of(miss));
	}

	public String conditions(Article article) {
		if (article.conditions().isEmpty()) {
			return this.texts.get("policy.conditions.none");
		}
		return article.conditions()
			.stream()
			.map((c) -> this.texts.render(Message.of("policy.conditionRule", PolicyInputs.name(c.input()), c.check(),
					(c.threshold() != null) ? PolicyInputs.shown(c.input(), c.threshold()) : "")))
			.collect(Collectors.joining(this.texts.get("policy.and")));
	}

}
