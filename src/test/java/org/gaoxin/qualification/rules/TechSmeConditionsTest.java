package org.gaoxin.qualification.rules;

import org.junit.jupiter.api.Test;
import org.gaoxin.support.TestTexts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gaoxin.qualification.rules.TechSmeApplicationBuilder.qualifyingSme;

/** Staff ≤ 500, sales ≤ 2 亿元, assets ≤ 2 亿元 (inclusive), and the yes/no conditions. */
class TechSmeConditionsTest {

	@Test
	void fiveHundredStaffIsStillSmall() {
		assertThat(qualifyingSme().staff(150, 500).evaluate().qualified()).isTrue();
	}

	@Test
	void fiveHundredAndOneStaffIsNot() {
		TechSmeEvaluation evaluation = qualifyingSme().staff(151, 501).evaluate();

		assertThat(evaluation.conditionsMet()).isFalse();
		assertThat(evaluation.qualified()).isFalse();
		assertThat(evaluation.gaps()).extracting(TestTexts::en).contains("staff 501 exceed the 500 limit by 1");
	}

	@Test
	void salesOfExactlyTwoHundredMillionYuanAreWithinTheLimit() {
		assertThat(qualifyingSme().rd("12000", "200000", "190000").evaluate().qualified()).isTrue();
	}

	@Test
	void salesTenYuanOverTwoHundredMillionAreNot() {
		TechSmeEvaluation evaluation = qualifyingSme().rd("12000", "200000.01", "190000").evaluate();

		assertThat(evaluation.qualified()).isFalse();
		// amounts read to 100 yuan, rounded up (docs/QUALIFICATIONS.md): the ten yuan
		// over
		// is a gap of 0.01 万元, and the sales read above the limit, not at it
		assertThat(evaluation.gaps()).extracting(TestTexts::zh).containsExactly("年销售收入超出上限2亿元0.01万元");
		assertThat(evaluation.gaps()).extracting(TestTexts::en)
			.containsExactly("annual sales exceed the 200 million yuan limit by 0.0001 million yuan");
		assertThat(evaluation.conditions()).extracting((c) -> TestTexts.zh(c.value())).contains("20000.01万元");
	}

	@Test
	void assetsOfExactlyTwoHundredMillionYuanAreWithinTheLimit() {
		assertThat(qualifyingSme().assets("200000").evaluate().qualified()).isTrue();
	}

	@Test
	void assetsTenYuanOverTwoHundredMillionAreNot() {
		TechSmeEvaluation evaluation = qualifyingSme().assets("200000.01").evaluate();

		assertThat(evaluation.qualified()).isFalse();
		assertThat(evaluation.conditions()).filteredOn(Condition::failed)
			.extracting((condition) -> TestTexts.en(condition.name()))
			.containsExactly("total assets");
	}

	@Test
	void anEnterpriseOutsideTheMainlandDoesNotQualify() {
		assertThat(qualifyingSme().notResident().evaluate().qualified()).isFalse();
	}

	@Test
	void aProhibitedCategoryDoesNotQualify() {
		assertThat(qualifyingSme().prohibited().evaluate().qualified()).isFalse();
	}

	@Test
	void anAdverseRecordDoesNotQualify() {
		assertThat(qualifyingSme().adverseRecord().evaluate().qualified()).isFalse();
	}

	@Test
	void aDirectQualificationDoesNotOverrideAnUnmetCondition() {
		TechSmeEvaluation evaluation = qualifyingSme().staff(151, 501)
			.direct(new DirectQualification(true, true, true, true))
			.evaluate();

		assertThat(evaluation.qualified()).isFalse();
	}

}
