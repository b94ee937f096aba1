package org.gaoxin.qualification.rules;

import org.junit.jupiter.api.Test;
import org.gaoxin.support.TestTexts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gaoxin.qualification.rules.HighTechApplicationBuilder.applicant;

/**
 * Condition 5: R&D ÷ sales over three years ≥ 5 % when the last year's sales are ≤ 5000
 * 万元, ≥ 4 % up to 2 亿元 inclusive, ≥ 3 % above; ≥ 60 % of R&D incurred in China.
 */
class HighTechRdConditionTest {

	private static Condition rd(HighTechApplicationBuilder applicant) {
		return applicant.evaluate().conditions().get(4);
	}

	@Test
	void lastYearSalesOfExactlyFiftyMillionNeedFivePercent() {
		// 150000 thousand over three years: 5 % is 7500
		assertThat(rd(applicant().salesAndRd("50000", "50000", "50000", "2495", "2495", "2495")).outcome())
			.isEqualTo(Outcome.FAIL);
		assertThat(rd(applicant().salesAndRd("50000", "50000", "50000", "2500", "2500", "2500")).outcome())
			.isEqualTo(Outcome.PASS);
	}

	@Test
	void lastYearSalesTenYuanOverFiftyMillionNeedFourPercent() {
		// 4 % of 150000.01 is 6000.0004: 6000 falls short by a fraction of a yuan
		assertThat(rd(applicant().salesAndRd("50000", "50000", "50000.01", "2000", "2000", "2000")).outcome())
			.isEqualTo(Outcome.FAIL);
		assertThat(rd(applicant().salesAndRd("50000", "50000", "50000.01", "2000", "2000", "2000.01")).outcome())
			.isEqualTo(Outcome.PASS);
		assertThat(rd(applicant().salesAndRd("50000", "50000", "50000", "2000", "2000", "2000.01")).outcome())
			.as("the same R&D with 5000 万元 last year needs 5 %")
			.isEqualTo(Outcome.FAIL);
	}

	@Test
	void lastYearSalesOfExactlyTwoHundredMillionStillNeedFourPercent() {
		// 3.5 % of 600000
		assertThat(rd(applicant().salesAndRd("200000", "200000", "200000", "7000", "7000", "7000")).outcome())
			.isEqualTo(Outcome.FAIL);
		assertThat(rd(applicant().salesAndRd("200000", "200000", "200000", "8000", "8000", "8000")).outcome())
			.isEqualTo(Outcome.PASS);
	}

	@Test
	void lastYearSalesTenYuanOverTwoHundredMillionNeedThreePercent() {
		assertThat(rd(applicant().salesAndRd("200000", "200000", "200000.01", "7000", "7000", "7000")).outcome())
			.isEqualTo(Outcome.PASS);
		// 3 % of 600000.01 is 18000.0003
		assertThat(rd(applicant().salesAndRd("200000", "200000", "200000.01", "6000", "6000", "6000")).outcome())
			.isEqualTo(Outcome.FAIL);
		assertThat(rd(applicant().salesAndRd("200000", "200000", "200000.01", "6000", "6000", "6000.01")).outcome())
			.isEqualTo(Outcome.PASS);
	}

	@Test
	void theTierFollowsTheLastYearNotTheThreeYearAverage() {
		assertThat(new RdIntensity(applicant().salesAndRd("90000", "90000", "40000", "1", "1", "1").build().years())
			.requiredShare()).isEqualByComparingTo("0.05");
		assertThat(new RdIntensity(applicant().salesAndRd("10000", "10000", "60000", "1", "1", "1").build().years())
			.requiredShare()).isEqualByComparingTo("0.04");
	}

	@Test
	void domesticRdOfFiftyNinePointNineNinePercentFails() {
		// R&D 7500 in all: 60 % is 4500, 750 yuan more, shown rounded up to 100 yuan
		Condition condition = rd(applicant().domesticRd("1500", "1500", "1499.25"));

		assertThat(condition.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(TestTexts.en(condition.value())).contains("domestic 59.99%");
		assertThat(TestTexts.zh(condition.value())).contains("境内占比59.99%");
		assertThat(condition.gaps()).extracting(TestTexts::en)
			.containsExactly("domestic R&D share 59.99% of 60%: 0.0008 million yuan of R&D to be incurred in China"
					+ " instead of abroad");
	}

	@Test
	void domesticRdOfSixtyPercentPasses() {
		assertThat(rd(applicant().domesticRd("1500", "1500", "1500")).outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	void rdGapIsTheMoreRdTheThreeYearsRevenueCalledFor() {
		// 3.2 % of 10000 万元 in the 4 % tier: 80 万元 short
		Condition condition = rd(applicant().salesAndRd("20000", "20000", "60000", "1000", "1000", "1200"));

		assertThat(condition.gaps()).extracting(TestTexts::zh)
			.containsExactly("研发费用占比3.2%,需达4%(差0.8个百分点):按当前收入还需增加研发投入80万元");
		assertThat(condition.gaps()).extracting(TestTexts::en)
			.containsExactly("R&D ratio 3.2% of 4% required (0.8 percentage points short):"
					+ " 0.8 million yuan more R&D at this revenue");
	}

}
