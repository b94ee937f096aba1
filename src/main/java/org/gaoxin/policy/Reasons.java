package org.gaoxin.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gaoxin.shared.Message;

/**
 * Why an award is what it is, as messages: every condition with the value read, the
 * formula with its inputs and result, and each cap that cut it; and what a near miss
 * lacks.
 */
public final class Reasons {

	private Reasons() {
	}

	public static List<Message> of(Match match, Article article) {
		List<Message> reasons = new ArrayList<>();
		for (Condition condition : article.conditions()) {
			reasons.add(condition(condition, match.inputs().get(condition.input())));
		}
		List<Message> inputs = new ArrayList<>();
		for (String input : article.award().inputs()) {
			inputs.add(Message.of("policy.reason.input", PolicyInputs.name(input),
					PolicyInputs.shown(input, match.inputs().get(input))));
		}
		reasons.add(Message.of(inputs.isEmpty() ? "policy.reason.fixed" : "policy.reason.formula",
				article.award().text(), PolicyInputs.wan(match.formulaAmount()), inputs));
		for (CapStep step : match.caps()) {
			reasons.add(Message.of("policy.reason.cap." + step.kind(), PolicyInputs.wan(step.limit()),
					PolicyInputs.wan(step.before()), PolicyInputs.wan(step.after())));
		}
		return reasons;
	}

	/** "R&D expense increase 380 万元 of the 500 万元 needed: 120 万元 missing". */
	public static Message of(NearMiss miss) {
		String input = miss.condition().input();
		return Message.of("policy.near", PolicyInputs.name(input), PolicyInputs.shown(input, miss.value()),
				PolicyInputs.shown(input, miss.condition().threshold()), PolicyInputs.shown(input, miss.missing()),
				miss.condition().check());
	}

	public static Message condition(Condition condition, BigDecimal value) {
		String input = condition.input();
		if (condition.check().fact()) {
			return Message.of("policy.reason.fact", PolicyInputs.name(input), PolicyInputs.shown(input, value),
					condition.check());
		}
		return Message.of("policy.reason.condition", PolicyInputs.name(input), PolicyInputs.shown(input, value),
				condition.check(), PolicyInputs.shown(input, condition.threshold()));
	}

	/** The inputs read, by name, as the API gives them. */
	public static Map<String, BigDecimal> inputs(Match match) {
		return match.inputs();
	}

}
