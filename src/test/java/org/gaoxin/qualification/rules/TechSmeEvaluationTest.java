package org.gaoxin.qualification.rules;

import org.gaoxin.support.TestTexts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gaoxin.qualification.rules.TechSmeApplicationBuilder.qualifyingSme;

/**
 * Qualified = conditions met and (a direct-qualification fact, or score ≥ 60 with a
 * non-zero S&T staff score).
 */
class TechSmeEvaluationTest {

	@Test
	void scoreOfSixtyQualifies() {
		// 12 (20 %) + 30 (4 %) + 18 (3 class II)
		TechSmeEvaluation evaluation = qualifyingSme().staff(20, 100).rd("400", "10000", "1e9").ip(0, 3).evaluate();

		assertThat(evaluation.total()).isEqualTo(60);
		assertThat(evaluation.qualified()).isTrue();
		assertThat(evaluation.gaps()).isEmpty();
	}

	@Test
	void scoreOfFiftyEightDoesNot() {
		// every item scores an even number, so 58 is the closest total below 60
		TechSmeEvaluation evaluation = qualifyingSme().staff(25, 100).rd("400", "10000", "1e9").ip(0, 2).evaluate();

		assertThat(evaluation.total()).isEqualTo(58);
		assertThat(evaluation.qualified()).isFalse();
		assertThat(evaluation.gaps()).extracting(TestTexts::en).startsWith("score 58 of 60 required: 2 more points");
	}

	@Test
	void aZeroStaffScoreFailsWhateverTheTotal() {
		// 0 (9 %) + 50 (6 %) + 30 (class I) = 80
		TechSmeEvaluation evaluation = qualifyingSme().staff(9, 100).rd("600", "10000", "1e9").ip(1, 0).evaluate();

		assertThat(evaluation.total()).isEqualTo(80);
		assertThat(evaluation.qualified()).isFalse();
		assertThat(evaluation.gaps()).extracting(TestTexts::en)
			.containsExactly("an S&T staff score of 0 rules out qualifying by score",
					"S&T staff 9% of 10% (4 points): 2 more S&T staff");
	}

	@Test
	void aValidHighTechCertificateQualifiesWithoutTheScore() {
		// which years a certificate covers is the caller's to say:
		// TechSmeApplicationsTest
		TechSmeApplicationBuilder weak = qualifyingSme().staff(5, 100).rd("0", "10000", "9000");

		TechSmeEvaluation coveredYear = weak.direct(DirectQualification.byCertificate(true)).evaluate();
		TechSmeEvaluation expiredYear = weak.direct(DirectQualification.byCertificate(false)).evaluate();

		assertThat(coveredYear.total()).isZero();
		assertThat(coveredYear.qualified()).isTrue();
		assertThat(coveredYear.gaps()).isEmpty();
		assertThat(expiredYear.qualified()).isFalse();
	}

	@Test
	void eachOtherDirectFactQualifiesToo() {
		TechSmeApplicationBuilder weak = qualifyingSme().staff(5, 100).rd("0", "10000", "9000");

		assertThat(weak.direct(new DirectQualification(false, true, false, false)).evaluate().qualified()).isTrue();
		assertThat(weak.direct(new DirectQualification(false, false, true, false)).evaluate().qualified()).isTrue();
		assertThat(weak.direct(new DirectQualification(false, false, false, true)).evaluate().qualified()).isTrue();
		assertThat(weak.direct(DirectQualification.NONE).evaluate().qualified()).isFalse();
	}

	@Test
	void scoresAreReportedItemByItem() {
		TechSmeEvaluation evaluation = qualifyingSme().ip(0, 1).evaluate();

		assertThat(evaluation.scores()).extracting((item) -> item.points().min()).containsExactly(20, 50, 6);
		assertThat(evaluation.scores()).extracting(ScoreItem::max).containsExactly(20, 50, 30);
		assertThat(evaluation.total()).isEqualTo(76);
	}

}
