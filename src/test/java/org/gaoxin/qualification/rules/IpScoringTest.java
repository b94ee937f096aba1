package org.gaoxin.qualification.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.gaoxin.support.TestTexts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IP part: advancement 0–8 and core support 0–8 by experts, quantity 0–8 and how
 * obtained 0–6 from the facts, up to 2 for leading a standard, 30 at most.
 */
class IpScoringTest {

	@ParameterizedTest(name = "class I {0}, class II {1}: quantity {2}–{3}")
	@CsvSource({ "0, 0, 0, 0", "0, 1, 1, 2", "0, 2, 1, 2", "0, 3, 3, 4", "0, 4, 3, 4", "0, 5, 5, 6", "0, 40, 5, 6",
			"1, 0, 7, 8", "2, 7, 7, 8" })
	void quantityScoresByClassAndCount(int classOne, int classTwo, int min, int max) {
		assertThat(IpScoring.quantity(new IpPortfolio(classOne, classTwo, IpAcquisition.OWN_RESEARCH)))
			.isEqualTo(Points.between(min, max));
	}

	@Test
	void quantityGapNamesTheNextBandAndTheClassOneWay() {
		assertThat(IpScoring.of(new IpPortfolio(0, 1, IpAcquisition.OWN_RESEARCH), ExpertScores.NONE, false).gaps())
			.extracting(TestTexts::en)
			.containsExactly("needs 1 class-I IP (7–8 points) or 2 more class-II (3–4 points)");
		assertThat(IpScoring.of(new IpPortfolio(0, 0, null), ExpertScores.NONE, false).gaps()).extracting(TestTexts::zh)
			.containsExactly("还需1件I类知识产权(数量得7–8分)或再增加1件II类知识产权(数量得1–2分)");
		assertThat(IpScoring.of(new IpPortfolio(0, 0, null), ExpertScores.NONE, false).gaps()).extracting(TestTexts::en)
			.containsExactly("needs 1 class-I IP (7–8 points) or 1 more class-II (1–2 points)");
		assertThat(IpScoring.of(new IpPortfolio(0, 5, null), ExpertScores.NONE, false).gaps()).extracting(TestTexts::en)
			.containsExactly("needs 1 class-I IP (7–8 points)");
		assertThat(IpScoring.of(new IpPortfolio(1, 0, null), ExpertScores.NONE, false).gaps()).isEmpty();
	}

	@Test
	void ownResearchRatesHigherThanTransferAlone() {
		assertThat(IpScoring.acquisition(new IpPortfolio(0, 1, IpAcquisition.OWN_RESEARCH)))
			.isEqualTo(Points.between(1, 6));
		assertThat(IpScoring.acquisition(new IpPortfolio(0, 1, IpAcquisition.TRANSFER_GIFT_OR_MERGER_ONLY)))
			.isEqualTo(Points.between(1, 3));
		assertThat(IpScoring.acquisition(new IpPortfolio(0, 0, IpAcquisition.OWN_RESEARCH))).isEqualTo(Points.ZERO);
	}

	@Test
	void theExpertsPointsForHowItWasObtainedAreExact() {
		assertThat(IpScoring.acquisition(new IpPortfolio(0, 1, IpAcquisition.OWN_RESEARCH), 5))
			.isEqualTo(Points.exactly(5));
		assertThat(IpScoring.acquisition(new IpPortfolio(0, 1, null), 2)).isEqualTo(Points.exactly(2));
		assertThat(IpScoring.acquisition(new IpPortfolio(0, 0, IpAcquisition.OWN_RESEARCH), 5)).isEqualTo(Points.ZERO);
	}

	@Test
	void theExpertsScoresReplaceTheirRanges() {
		ExpertScores all = new ExpertScores(8, 7, 1, null, null, null, null, 5);

		// 8 + 7 + 7–8 (quantity stays a band) + 5 + 1
		assertThat(IpScoring.of(new IpPortfolio(1, 0, IpAcquisition.OWN_RESEARCH), all, true).points())
			.isEqualTo(Points.between(28, 29));
	}

	@Test
	void anUnknownWayOfObtainingLeavesEitherRangeOpen() {
		assertThat(IpScoring.acquisition(new IpPortfolio(0, 1, null))).isEqualTo(Points.between(1, 6));
	}

	@Test
	void absentExpertPartsSpanTheirWholeRange() {
		// 0–8 + 0–8 + 7–8 + 1–6 + 0
		assertThat(IpScoring.of(new IpPortfolio(1, 0, IpAcquisition.OWN_RESEARCH), ExpertScores.NONE, false).points())
			.isEqualTo(Points.between(8, 30));
	}

	@Test
	void theStandardBonusCannotLiftTheIpPartAboveThirty() {
		ExpertScores full = new ExpertScores(8, 8, 2, null, null, null, null, null);

		// 8 + 8 + 7–8 + 1–6 + 2 = 26–32
		assertThat(IpScoring.of(new IpPortfolio(1, 0, IpAcquisition.OWN_RESEARCH), full, true).points())
			.isEqualTo(Points.between(26, 30));
	}

	@Test
	void theStandardBonusIsOpenUntilScoredUnlessNoStandardWasLed() {
		assertThat(IpScoring.standardBonus(true, null)).isEqualTo(Points.between(0, 2));
		assertThat(IpScoring.standardBonus(null, null)).isEqualTo(Points.between(0, 2));
		assertThat(IpScoring.standardBonus(false, null)).isEqualTo(Points.ZERO);
		assertThat(IpScoring.standardBonus(true, 1)).isEqualTo(Points.exactly(1));
	}

}
