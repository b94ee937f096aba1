package org.gaoxin.qualification.rules;

import org.junit.jupiter.api.Test;
import org.gaoxin.support.TestTexts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gaoxin.qualification.rules.HighTechApplicationBuilder.applicant;

/**
 * PASS only when all eight conditions pass; FAIL when any fails; DEPENDS when none fails
 * but the score (above 70, i.e. at least 71) or a declaration is still open.
 */
class HighTechEvaluationTest {

	private static final ExpertScores FULL_MARKS = new ExpertScores(8, 8, 2, 6, 6, 4, 4, null);

	@Test
	void anApplicantMeetingEveryConditionPasses() {
		HighTechEvaluation evaluation = applicant().evaluate();

		assertThat(evaluation.score().total()).isEqualTo(Points.between(81, 94));
		assertThat(evaluation.conditions()).hasSize(8).allMatch(Condition::passed);
		assertThat(evaluation.outcome()).isEqualTo(Outcome.PASS);
		assertThat(evaluation.gaps()).isEmpty();
	}

	@Test
	void aLowestPossibleScoreOfSeventyOnePasses() {
		// IP 8 + 8 + 7–8 + 1–6 + 2 capped: 26–30; conversion average 5: 25–30;
		// organisation 20; no growth: 0
		HighTechEvaluation evaluation = flat().experts(FULL_MARKS).evaluate();

		assertThat(evaluation.score().total()).isEqualTo(Points.between(71, 80));
		assertThat(evaluation.score().outcome()).isEqualTo(Outcome.PASS);
		assertThat(evaluation.outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	void aHighestPossibleScoreOfSeventyFails() {
		// IP 24–30; conversion average 1: 1–6; organisation 20; net assets +35 %: 9–10;
		// sales +5 %: 3–4
		HighTechEvaluation evaluation = applicant().experts(new ExpertScores(8, 8, 0, 6, 6, 4, 4, null))
			.conversions(1, 1, 1)
			.salesAndRd("100000", "100000", "110000", "5000", "5000", "5500")
			.highTechRevenue("70000", "110000")
			.evaluate();

		assertThat(evaluation.score().total()).isEqualTo(Points.between(57, 70));
		assertThat(evaluation.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(evaluation.conditions().get(6).gaps()).extracting(TestTexts::en)
			.startsWith("innovation score at most 70, 71 required");
	}

	@Test
	void aScoreThatExpertsCanStillPushEitherWayDepends() {
		HighTechEvaluation evaluation = applicant().experts(ExpertScores.NONE).evaluate();

		// IP 8–30, conversion 25–30, organisation 0–20, growth 12–14
		assertThat(evaluation.score().total()).isEqualTo(Points.between(45, 94));
		assertThat(evaluation.conditions().get(6).outcome()).isEqualTo(Outcome.DEPENDS);
		assertThat(evaluation.outcome()).isEqualTo(Outcome.DEPENDS);
		assertThat(evaluation.gaps()).extracting(TestTexts::en)
			.contains("innovation score 45–94: above 70 depends on expert scoring");
	}

	@Test
	void expertsScoringHowTheIpWasObtainedNarrowTheScore() {
		// IP 8 + 8 + 7–8 + 6 + 0 = 29–30
		HighTechEvaluation evaluation = flat().experts(new ExpertScores(8, 8, 0, 6, 6, 4, 4, 6)).evaluate();

		assertThat(evaluation.score().ip().points()).isEqualTo(Points.between(29, 30));
		assertThat(evaluation.score().total()).isEqualTo(Points.between(74, 80));
		assertThat(evaluation.outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	void anyFailedConditionFailsEvenWhileTheScoreDepends() {
		HighTechEvaluation evaluation = applicant().experts(ExpertScores.NONE).staff(9, 100).evaluate();

		assertThat(evaluation.outcome()).isEqualTo(Outcome.FAIL);
	}

	@Test
	void anUndeclaredAccidentRecordAloneLeavesTheVerdictOpen() {
		assertThat(applicant().noMajorAccident(null).evaluate().outcome()).isEqualTo(Outcome.DEPENDS);
	}

	@Test
	void gapsListEveryUnmetConditionInTheEnterprisesTerms() {
		HighTechEvaluation evaluation = applicant().staff(8, 100).highTechRevenue("26000", "50000").evaluate();

		assertThat(evaluation.gaps()).extracting(TestTexts::en)
			.containsExactly("S&T staff 8% of 10% (2 percentage points short): 3 more people",
					"high-tech revenue share 52% of 60% (8 percentage points short): 10 million yuan more high-tech revenue");
	}

	/** Constant net assets and sales: both growth rates 0. */
	private static HighTechApplicationBuilder flat() {
		return applicant().netAssets("10000", "10000", "10000")
			.salesAndRd("50000", "50000", "50000", "2500", "2500", "2500");
	}

}
