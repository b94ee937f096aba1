package org.gaoxin.qualification.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A score range against "above 70", i.e. at least 71 whole points. */
class PointsTest {

	@Test
	void seventyFails() {
		assertThat(Points.exactly(70).against(71)).isEqualTo(Outcome.FAIL);
	}

	@Test
	void seventyOnePasses() {
		assertThat(Points.exactly(71).against(71)).isEqualTo(Outcome.PASS);
	}

	@Test
	void sixtyFiveToSeventyFiveDependsOnTheExperts() {
		assertThat(Points.between(65, 75).against(71)).isEqualTo(Outcome.DEPENDS);
	}

	@Test
	void aRangeReachingExactlySeventyOneStillDepends() {
		assertThat(Points.between(60, 71).against(71)).isEqualTo(Outcome.DEPENDS);
		assertThat(Points.between(60, 70).against(71)).isEqualTo(Outcome.FAIL);
		assertThat(Points.between(71, 80).against(71)).isEqualTo(Outcome.PASS);
	}

	@Test
	void aCapAppliesToBothEnds() {
		assertThat(Points.between(29, 32).cappedAt(30)).isEqualTo(Points.between(29, 30));
		assertThat(Points.between(31, 32).cappedAt(30)).isEqualTo(Points.exactly(30));
	}

	@Test
	void missingExpertScoreSpansTheWholeRange() {
		assertThat(Points.entered(null, 8)).isEqualTo(Points.between(0, 8));
		assertThat(Points.entered(5, 8)).isEqualTo(Points.exactly(5));
	}

}
