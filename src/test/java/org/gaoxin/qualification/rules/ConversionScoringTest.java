package org.gaoxin.qualification.rules;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.gaoxin.support.TestTexts;

import static org.assertj.core.api.Assertions.assertThat;

/** Conversion of S&T results, by the yearly average over three years. */
class ConversionScoringTest {

	@ParameterizedTest(name = "average {0}: {1}–{2}")
	@CsvSource({ "0, 0, 0", "0.99, 0, 0", "1, 1, 6", "1.99, 1, 6", "2, 7, 12", "2.99, 7, 12", "3, 13, 18",
			"3.99, 13, 18", "4, 19, 24", "4.99, 19, 24", "5, 25, 30", "12, 25, 30" })
	void averageScoresByItsBand(String average, int min, int max) {
		assertThat(ConversionScoring.AVERAGE.pointsFor(Ratio.of(average))).isEqualTo(Points.between(min, max));
	}

	@ParameterizedTest(name = "{0} + {1} + {2} conversions: {3}–{4}")
	@CsvSource({ "1, 1, 0, 0, 0", "1, 1, 1, 1, 6", "0, 0, 3, 1, 6", "2, 2, 1, 1, 6", "2, 2, 2, 7, 12",
			"5, 5, 4, 19, 24", "5, 5, 5, 25, 30" })
	void theAverageIsTakenOverAllThreeYears(int first, int second, int third, int min, int max) {
		assertThat(ConversionScoring.of(years(first, second, third)).points()).isEqualTo(Points.between(min, max));
	}

	@Test
	void gapCountsTheConversionsTheNextBandNeeds() {
		ScoreItem item = ConversionScoring.of(years(1, 1, 2));

		assertThat(TestTexts.zh(item.value())).isEqualTo("年均1.33项(三年共4项)");
		assertThat(TestTexts.en(item.value())).isEqualTo("1.33 a year (4 in three years)");
		assertThat(item.gaps()).extracting(TestTexts::en)
			.containsExactly("conversions in the three years: 2 more needed (average 2, 7–12 points)");
		assertThat(ConversionScoring.of(years(5, 5, 5)).gaps()).isEmpty();
	}

	private static List<FiscalYear> years(int... conversions) {
		return List.of(year(2022, conversions[0]), year(2023, conversions[1]), year(2024, conversions[2]));
	}

	private static FiscalYear year(int year, int conversions) {
		return new FiscalYear(year, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE, conversions);
	}

}
