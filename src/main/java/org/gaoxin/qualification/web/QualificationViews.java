package org.gaoxin.qualification.web;

import java.util.List;

import org.gaoxin.qualification.EnterpriseAssessment;
import org.gaoxin.qualification.rules.Condition;
import org.gaoxin.qualification.rules.HighTechEvaluation;
import org.gaoxin.qualification.rules.Outcome;
import org.gaoxin.qualification.rules.ScoreItem;
import org.gaoxin.qualification.rules.TechSmeEvaluation;
import org.gaoxin.shared.Message;

/**
 * The qualification results as the API returns them: verdicts, conditions, score
 * breakdowns, gaps. Every text is a {@link Message}, serialised as its code and its text
 * in the request's language.
 */
final class QualificationViews {

	private QualificationViews() {
	}

	record Score(Message name, Message value, int min, int max, int outOf, List<Score> parts, List<Message> gaps) {

		static Score of(ScoreItem item) {
			return new Score(item.name(), item.value(), item.points().min(), item.points().max(), item.max(),
					item.parts().stream().map(Score::of).toList(), item.gaps());
		}

	}

	/**
	 * Technology-based SME: qualified or not, the total (out of 100), which R&D table
	 * counted.
	 */
	record TechSme(Outcome outcome, boolean qualified, int total, boolean conditionsMet, boolean scoreMet,
			String rdBasis, List<Message> directQualification, List<Condition> conditions, List<Score> scores,
			List<Message> gaps) {

		static TechSme of(TechSmeEvaluation evaluation) {
			if (evaluation == null) {
				return null;
			}
			return new TechSme(evaluation.outcome(), evaluation.qualified(), evaluation.total(),
					evaluation.conditionsMet(), evaluation.scoreMet(), evaluation.rd().basis().name(),
					evaluation.direct().grounds(), evaluation.conditions(),
					evaluation.scores().stream().map(Score::of).toList(), evaluation.gaps());
		}

	}

	/**
	 * High-tech enterprise: PASS, FAIL or DEPENDS (on experts or declarations), the score
	 * range, the eight conditions.
	 */
	record HighTech(Outcome outcome, int scoreMin, int scoreMax, List<Condition> conditions, List<Score> scores,
			List<Message> gaps) {

		static HighTech of(HighTechEvaluation evaluation) {
			if (evaluation == null) {
				return null;
			}
			return new HighTech(evaluation.outcome(), evaluation.score().total().min(),
					evaluation.score().total().max(), evaluation.conditions(),
					evaluation.score().items().stream().map(Score::of).toList(), evaluation.gaps());
		}

	}

	record Assessment(String creditCode, String name, int year, boolean highTechInYear, Integer certificateValidThrough,
			TechSme techSme, List<Message> techSmeMissing, HighTech highTech, List<Message> highTechMissing) {

		static Assessment of(EnterpriseAssessment a) {
			return new Assessment(a.creditCode(), a.name(), a.year(), a.highTechInYear(), a.certificateValidThrough(),
					TechSme.of(a.techSme()), a.techSmeMissing(), HighTech.of(a.highTech()), a.highTechMissing());
		}

	}

	record SelfAssessment(TechSme techSme, HighTech highTech) {
	}

}
