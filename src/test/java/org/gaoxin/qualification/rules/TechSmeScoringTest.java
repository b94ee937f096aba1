package org.gaoxin.qualification.rules;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.gaoxin.support.TestTexts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three scoring tables of 科技型中小企业评价办法 at every band boundary: a band includes its
 * lower bound and excludes its upper one.
 */
class TechSmeScoringTest {

	@ParameterizedTest(name = "{0} S&T staff of 10000 ({1}) score {2}")
	@CsvSource({ "999, 9.99%, 0", "1000, 10%, 4", "1499, 14.99%, 4", "1500, 15%, 8", "1999, 19.99%, 8", "2000, 20%, 12",
			"2499, 24.99%, 12", "2500, 25%, 16", "2999, 29.99%, 16", "3000, 30%, 20", "10000, 100%, 20" })
	void staffShareScoresByItsBand(int stStaff, String share, int points) {
		ScoreItem item = TechSmeScoring.staff(stStaff, 10000);

		assertThat(item.points()).isEqualTo(Points.exactly(points));
		assertThat(TestTexts.zh(item.value())).startsWith(share);
		assertThat(TestTexts.en(item.value())).startsWith(share);
	}

	@Test
	void staffGapCountsNewHiresWhoAlsoAddToTheTotal() {
		// 8 of 100: 10 of 102 is still 9.8 %, 11 of 103 is 10.7 %
		ScoreItem item = TechSmeScoring.staff(8, 100);

		assertThat(item.gaps()).extracting(TestTexts::zh).containsExactly("科技人员占比8%,需达10%(4分):还需增加科技人员3人");
		assertThat(item.gaps()).extracting(TestTexts::en)
			.containsExactly("S&T staff 8% of 10% (4 points): 3 more S&T staff");
		assertThat(TechSmeScoring.staff(10, 102).points()).isEqualTo(Points.ZERO);
		assertThat(TechSmeScoring.staff(11, 103).points()).isEqualTo(Points.exactly(4));
	}

	@Test
	void staffAtTheTopBandHasNoGap() {
		assertThat(TechSmeScoring.staff(30, 100).gaps()).isEmpty();
	}

	@ParameterizedTest(name = "R&D {0} of sales 10000 scores {1}")
	@CsvSource({ "199, 0", "200, 10", "299, 10", "300, 20", "399, 20", "400, 30", "499, 30", "500, 40", "599, 40",
			"600, 50" })
	void rdShareOfSalesScoresByItsBand(String rd, int points) {
		TechSmeRdScore score = TechSmeRdScore.of(new BigDecimal(rd), new BigDecimal("10000"), new BigDecimal("1e9"));

		assertThat(score.revenuePoints()).isEqualTo(points);
		assertThat(score.points()).isEqualTo(points);
	}

	@ParameterizedTest(name = "R&D {0} of costs 10000 scores {1}")
	@CsvSource({ "999, 0", "1000, 10", "1499, 10", "1500, 20", "1999, 20", "2000, 30", "2499, 30", "2500, 40",
			"2999, 40", "3000, 50" })
	void rdShareOfCostsScoresByItsBand(String rd, int points) {
		TechSmeRdScore score = TechSmeRdScore.of(new BigDecimal(rd), new BigDecimal("1e9"), new BigDecimal("10000"));

		assertThat(score.costsPoints()).isEqualTo(points);
		assertThat(score.points()).isEqualTo(points);
	}

	@Test
	void rdScoresTheBetterOfTheTwoTablesAndSaysWhich() {
		// 3 % of sales is 20 points, 25 % of costs is 40
		TechSmeRdScore byCosts = TechSmeRdScore.of(new BigDecimal("300"), new BigDecimal("10000"),
				new BigDecimal("1200"));
		// 5 % of sales is 40 points, 10 % of costs is 10
		TechSmeRdScore byRevenue = TechSmeRdScore.of(new BigDecimal("500"), new BigDecimal("10000"),
				new BigDecimal("5000"));

		assertThat(byCosts.points()).isEqualTo(40);
		assertThat(byCosts.basis()).isEqualTo(RdBasis.TOTAL_COSTS);
		assertThat(byRevenue.points()).isEqualTo(40);
		assertThat(byRevenue.basis()).isEqualTo(RdBasis.SALES_REVENUE);
		assertThat(TestTexts.en(byCosts.item().value())).endsWith("scored on R&D ÷ total costs and expenses");
		assertThat(TestTexts.zh(byCosts.item().value())).endsWith("按研发费用占成本费用总额比例计分");
	}

	@Test
	void rdWithoutSalesIsScoredOnCostsAlone() {
		TechSmeRdScore score = TechSmeRdScore.of(new BigDecimal("300"), BigDecimal.ZERO, new BigDecimal("1000"));

		assertThat(score.points()).isEqualTo(50);
		assertThat(score.basis()).isEqualTo(RdBasis.TOTAL_COSTS);
	}

	@Test
	void rdGapSaysHowMuchMoreRdReachesTheNextBandEitherWay() {
		// 3.2 % of 1 亿元 sales: 4 % needs 80 万元 more; 3.2 % of costs: 20 % needs
		// (20 % × 100000 − 3200) ÷ 80 % = 21000 thousand
		TechSmeRdScore score = TechSmeRdScore.of(new BigDecimal("3200"), new BigDecimal("100000"),
				new BigDecimal("100000"));

		assertThat(score.gaps()).extracting(TestTexts::zh)
			.containsExactly("研发费用占销售收入3.2%,需达4%(30分):按当前收入还需增加研发投入80万元",
					"或研发费用占成本费用总额3.2%,需达20%(30分):还需增加研发投入2100万元(研发费用同时计入成本费用)");
		assertThat(score.gaps()).extracting(TestTexts::en)
			.containsExactly("R&D ratio 3.2% of sales, 4% for 30 points: 0.8 million yuan more R&D at this revenue",
					"or R&D 3.2% of total costs, 20% for 30 points: 21 million yuan more R&D (which also adds to costs)");
	}

	@ParameterizedTest(name = "class I {0}, class II {1} score {2}")
	@CsvSource({ "0, 0, 0", "0, 1, 6", "0, 2, 12", "0, 3, 18", "0, 4, 24", "0, 9, 24", "1, 0, 30", "1, 5, 30" })
	void resultsScoreByIpClassAndCount(int classOne, int classTwo, int points) {
		assertThat(TechSmeScoring.results(classOne, classTwo).points()).isEqualTo(Points.exactly(points));
	}

	@Test
	void resultsGapOffersAClassOneItemOrOneMoreClassTwo() {
		assertThat(TechSmeScoring.results(0, 2).gaps()).extracting(TestTexts::en)
			.containsExactly("needs 1 class-I IP (30 points) or 1 more class-II (18 points)");
		assertThat(TechSmeScoring.results(0, 4).gaps()).extracting(TestTexts::en)
			.containsExactly("1 class-I IP for 30 points");
		assertThat(TechSmeScoring.results(1, 0).gaps()).isEmpty();
	}

}
