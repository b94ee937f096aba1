package org.gaoxin.qualification.rules;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.gaoxin.support.TestTexts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * rate = ½ × (y2 ÷ y1 + y3 ÷ y2) − 1; y1 = 0 uses the last two years; y2 = 0 scores 0; ≥
 * 35 % 9–10, ≥ 25 % 7–8, ≥ 15 % 5–6, ≥ 5 % 3–4, > 0 1–2, ≤ 0 0.
 */
class GrowthRateTest {

	@ParameterizedTest(name = "100, 100, {0}: {1} scores {2}–{3}")
	@CsvSource({ "170, 35%, 9, 10", "169.98, 34.99%, 7, 8", "150, 25%, 7, 8", "149.98, 24.99%, 5, 6", "130, 15%, 5, 6",
			"129.98, 14.99%, 3, 4", "110, 5%, 3, 4", "109.98, 4.99%, 1, 2", "100.02, 0.01%, 1, 2", "100, 0%, 0, 0",
			"90, -5%, 0, 0" })
	void rateScoresByItsBand(String y3, String rate, int min, int max) {
		// with y1 = y2 = 100 the rate is (y3 ÷ 100 − 1) ÷ 2
		GrowthRate growth = growth("100", "100", y3);

		assertThat(growth.rate().orElseThrow().percent()).isEqualTo(rate);
		assertThat(growth.points()).isEqualTo(Points.between(min, max));
	}

	@Test
	void rateAveragesTheTwoYearOnYearRatios() {
		// ½ × (1.2 + 1.25) − 1 = 22.5 %
		assertThat(growth("100", "120", "150").rate().orElseThrow().percent()).isEqualTo("22.5%");
		assertThat(growth("100", "120", "150").points()).isEqualTo(Points.between(5, 6));
	}

	@Test
	void aNegativeRateScoresZero() {
		// ½ × (0.5 + 1.2) − 1 = −15 %
		GrowthRate growth = growth("200", "100", "120");

		assertThat(growth.rate().orElseThrow().percent()).isEqualTo("-15%");
		assertThat(growth.points()).isEqualTo(Points.ZERO);
	}

	@Test
	void withAFirstYearOfZeroOnlyTheLastTwoYearsCount() {
		assertThat(growth("0", "100", "135").rate().orElseThrow().percent()).isEqualTo("35%");
		assertThat(growth("0", "100", "135").points()).isEqualTo(Points.between(9, 10));
		assertThat(growth("0", "100", "134.99").points()).isEqualTo(Points.between(7, 8));
	}

	@Test
	void shrinkingNegativeNetAssetsDoNotReadAsGrowth() {
		// -100 → -200 → -400 gives ratios of 2 and 2: "+100 %" although the deficit
		// doubles each year
		assertThat(growth("-100", "-200", "-400").points()).isEqualTo(Points.ZERO);
		assertThat(growth("-100", "50", "80").points()).isEqualTo(Points.ZERO);
	}

	@Test
	void withAMiddleYearOfZeroTheItemScoresZero() {
		GrowthRate growth = growth("100", "0", "1000");

		assertThat(growth.rate()).isEmpty();
		assertThat(growth.points()).isEqualTo(Points.ZERO);
		assertThat(growth.item(InnovationScore.SALES_GROWTH).gaps()).isEmpty();
	}

	@Test
	void gapSaysHowMuchMoreTheLastYearWouldHaveNeeded() {
		// 22.5 % → 25 %: y3 = 120 × (2 × 1.25 − 1.2) = 156, 6 more (thousand yuan)
		ScoreItem item = growth("100", "120", "150").item(InnovationScore.SALES_GROWTH);

		assertThat(item.gaps()).extracting(TestTexts::zh).containsExactly("销售收入增长率22.5%,需达25%(7–8分):最近一年需再多0.6万元");
		assertThat(item.gaps()).extracting(TestTexts::en)
			.containsExactly("sales growth 22.5%, 25% for 7–8 points: 0.006 million yuan more in the last year");
		assertThat(growth("100", "120", "156").points()).isEqualTo(Points.between(7, 8));
	}

	@Test
	void gapToPositiveGrowthAsksForMoreThanTheBound() {
		ScoreItem item = growth("100", "100", "90").item(InnovationScore.NET_ASSET_GROWTH);

		assertThat(item.gaps()).extracting(TestTexts::en)
			.containsExactly("net-asset growth -5%, positive growth for 1–2 points: over 0.01 million yuan more in the"
					+ " last year");
	}

	private static GrowthRate growth(String y1, String y2, String y3) {
		return new GrowthRate(new BigDecimal(y1), new BigDecimal(y2), new BigDecimal(y3));
	}

}
