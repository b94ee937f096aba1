package org.gaoxin.qualification.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.gaoxin.support.TestTexts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gaoxin.qualification.rules.HighTechApplicationBuilder.applicant;

/** Conditions 1–4, 6 and 8 of 高新技术企业认定管理办法 at their boundaries. */
class HighTechConditionsTest {

	private static Condition condition(HighTechApplicationBuilder applicant, int number) {
		return applicant.evaluate().conditions().get(number - 1);
	}

	@Test
	void registeredExactlyOneYearBeforeMayApply() {
		assertThat(condition(applicant().dates(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 3, 1)), 1).outcome())
			.isEqualTo(Outcome.PASS);
	}

	@Test
	void registeredOneDayShortOfAYearMayNot() {
		Condition condition = condition(applicant().dates(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28)), 1);

		assertThat(condition.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(condition.gaps()).extracting(TestTexts::en)
			.containsExactly("registered less than a year: may apply from 2025-03-01");
	}

	@Test
	void anyOwnedIpItemMeetsTheIpCondition() {
		assertThat(condition(applicant().ip(new IpPortfolio(0, 1, IpAcquisition.TRANSFER_GIFT_OR_MERGER_ONLY)), 2)
			.outcome()).isEqualTo(Outcome.PASS);
		assertThat(condition(applicant().ip(new IpPortfolio(0, 0, null)), 2).outcome()).isEqualTo(Outcome.FAIL);
	}

	@Test
	void aKeyTechnologyOutsideTheEightFieldsFails() {
		assertThat(condition(applicant().field(null), 3).outcome()).isEqualTo(Outcome.FAIL);
	}

	@Test
	void stStaffOfNinePointNineNinePercentFails() {
		assertThat(condition(applicant().staff(999, 10000), 4).outcome()).isEqualTo(Outcome.FAIL);
	}

	@Test
	void stStaffOfTenPercentPasses() {
		assertThat(condition(applicant().staff(1000, 10000), 4).outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	void stStaffGapCountsHiresThatAlsoGrowTheTotal() {
		// 10 of 102 is still 9.8 %; 11 of 103 reaches 10 %
		Condition condition = condition(applicant().staff(8, 100), 4);

		assertThat(condition.gaps()).extracting(TestTexts::zh).containsExactly("科技人员占比8%,需达10%(差2个百分点):还需增加科技人员3人");
		assertThat(condition.gaps()).extracting(TestTexts::en)
			.containsExactly("S&T staff 8% of 10% (2 percentage points short): 3 more people");
	}

	@Test
	void highTechRevenueOfFiftyNinePointNineNinePercentFails() {
		assertThat(condition(applicant().highTechRevenue("29995", "50000"), 6).outcome()).isEqualTo(Outcome.FAIL);
	}

	@Test
	void highTechRevenueOfSixtyPercentPasses() {
		assertThat(condition(applicant().highTechRevenue("30000", "50000"), 6).outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	void highTechRevenueGapCountsRevenueThatAlsoGrowsTheTotal() {
		// 52 % of 1 亿元: 2000 万元 more makes 7200 of 12000, exactly 60 %
		Condition condition = condition(applicant().highTechRevenue("52000", "100000"), 6);

		assertThat(condition.gaps()).extracting(TestTexts::zh)
			.containsExactly("高新技术产品(服务)收入占比52%,需达60%(差8个百分点):还需增加高新技术产品(服务)收入2000万元");
		assertThat(condition.gaps()).extracting(TestTexts::en)
			.containsExactly(
					"high-tech revenue share 52% of 60% (8 percentage points short): 20 million yuan more high-tech revenue");
	}

	@Test
	void aMajorAccidentFails() {
		assertThat(condition(applicant().noMajorAccident(false), 8).outcome()).isEqualTo(Outcome.FAIL);
	}

	@Test
	void anUndeclaredAccidentRecordDependsOnTheDeclaration() {
		Condition condition = condition(applicant().noMajorAccident(null), 8);

		assertThat(condition.outcome()).isEqualTo(Outcome.DEPENDS);
		assertThat(condition.gaps()).extracting(TestTexts::en).containsExactly("to be declared by the enterprise");
	}

}
