package org.gaoxin.qualification.rules;

import org.gaoxin.qualification.rules.ExpertScores.Part;
import org.gaoxin.support.TestTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gaoxin.qualification.rules.HighTechApplicationBuilder.applicant;

/**
 * The published ranges of the expert-judged parts: 0 and the maximum are scores, one more
 * is refused with the part and its range named; the 获得方式 points are 1–6 for own research
 * and 1–3 for transfer, gift or merger alone.
 */
class ExpertScoresTest {

	@ParameterizedTest(name = "{0} is scored 0–{1}")
	@CsvSource({ "TECHNICAL_ADVANCEMENT, 8", "CORE_SUPPORT, 8", "STANDARD_BONUS, 2", "MANAGEMENT_SYSTEMS, 6",
			"RD_BODY_AND_COOPERATION, 6", "CONVERSION_REWARDS, 4", "TALENT_SYSTEMS, 4" })
	void zeroAndTheMaximumAreScoresOneMoreIsNot(Part part, int max) {
		assertThat(part.range(null)).isEqualTo(Points.between(0, max));
		assertThat(only(part, 0).score(part)).isZero();
		assertThat(only(part, max).score(part)).isEqualTo(max);
		assertThatThrownBy(() -> only(part, max + 1)).isInstanceOfSatisfying(ExpertScoreOutOfRange.class, (ex) -> {
			assertThat(ex.part()).isEqualTo(part);
			assertThat(TestTexts.en(ex.text())).contains(TestTexts.en(part.label()), "0–" + max, "" + (max + 1));
			assertThat(TestTexts.zh(ex.text())).contains(TestTexts.zh(part.label()), "0–" + max);
		});
		assertThatThrownBy(() -> only(part, -1)).isInstanceOf(ExpertScoreOutOfRange.class);
	}

	@Test
	void theNamesAndRangesReadInEitherLanguage() {
		assertThatThrownBy(() -> only(Part.TECHNICAL_ADVANCEMENT, 9))
			.isInstanceOfSatisfying(ExpertScoreOutOfRange.class, (ex) -> {
				assertThat(TestTexts.zh(ex.text())).isEqualTo("技术的先进程度须在0–8分之间(填写的是9)");
				assertThat(TestTexts.en(ex.text())).isEqualTo("technical advancement is scored 0–8 (got 9)");
			});
	}

	@Test
	void ownResearchAllowsOneToSixPointsForHowTheIpWasObtained() {
		ExpertScores six = only(Part.IP_ACQUISITION, 6);
		assertThat(six.fits(IpAcquisition.OWN_RESEARCH)).isTrue();
		assertThat(only(Part.IP_ACQUISITION, 1).fits(IpAcquisition.OWN_RESEARCH)).isTrue();
		assertThatThrownBy(() -> only(Part.IP_ACQUISITION, 7)).isInstanceOf(ExpertScoreOutOfRange.class);
		assertThatThrownBy(() -> only(Part.IP_ACQUISITION, 0)).isInstanceOf(ExpertScoreOutOfRange.class);
	}

	@Test
	void transferAloneAllowsOneToThree() {
		assertThat(only(Part.IP_ACQUISITION, 3).fits(IpAcquisition.TRANSFER_GIFT_OR_MERGER_ONLY)).isTrue();
		ExpertScores four = only(Part.IP_ACQUISITION, 4);
		assertThat(four.fits(IpAcquisition.TRANSFER_GIFT_OR_MERGER_ONLY)).isFalse();
		assertThat(Part.IP_ACQUISITION.range(IpAcquisition.TRANSFER_GIFT_OR_MERGER_ONLY))
			.isEqualTo(Points.between(1, 3));
		assertThatThrownBy(() -> four.requireFits(IpAcquisition.TRANSFER_GIFT_OR_MERGER_ONLY))
			.isInstanceOfSatisfying(ExpertScoreOutOfRange.class, (ex) -> {
				assertThat(TestTexts.en(ex.text()))
					.isEqualTo("how obtained is scored 1–3 for only transfer, gift or merger (got 4)");
				assertThat(TestTexts.zh(ex.text())).isEqualTo("知识产权获得方式须在1–3分之间(仅受让、受赠或并购;填写的是4)");
			});
		assertThat(four.fitting(IpAcquisition.TRANSFER_GIFT_OR_MERGER_ONLY).ipAcquisition()).isNull();
		assertThat(four.fitting(IpAcquisition.OWN_RESEARCH)).isEqualTo(four);
	}

	@Test
	void anApplicationRefusesPointsItsWayOfObtainingCannotEarn() {
		assertThatThrownBy(() -> applicant().ip(new IpPortfolio(1, 0, IpAcquisition.TRANSFER_GIFT_OR_MERGER_ONLY))
			.experts(only(Part.IP_ACQUISITION, 5))
			.build()).isInstanceOf(ExpertScoreOutOfRange.class);
	}

	@ParameterizedTest
	@EnumSource(Part.class)
	void eachPartIsReadBackByItself(Part part) {
		int score = part.range(null).max();
		ExpertScores scores = only(part, score);
		for (Part other : Part.values()) {
			assertThat(scores.score(other)).isEqualTo((other == part) ? score : null);
		}
	}

	/** Scores with only {@code part} given. */
	static ExpertScores only(Part part, int score) {
		return ExpertScores.of((p) -> (p == part) ? score : null);
	}

}
