package org.gaoxin.qualification.rules;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.gaoxin.support.TestTexts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the platform does not record stays open until the enterprise declares it: never
 * assumed.
 */
class TechSmeUndeclaredFactsTest {

	private static TechSmeApplication application(Boolean prohibited, Boolean adverse, int stStaff) {
		return new TechSmeApplication(100, stStaff, new BigDecimal("40000"), new BigDecimal("50000"),
				new BigDecimal("2400"), new BigDecimal("35000"), 1, 4, true, prohibited, adverse,
				new DirectQualification(false, false, false, false));
	}

	@Test
	void undeclaredFactsLeaveAGoodScoreDependingOnTheDeclaration() {
		TechSmeEvaluation evaluation = application(null, null, 30).evaluate();
		assertThat(evaluation.outcome()).isEqualTo(Outcome.DEPENDS);
		assertThat(evaluation.qualified()).isFalse();
		assertThat(evaluation.conditions()).filteredOn((c) -> c.outcome() == Outcome.DEPENDS)
			.hasSize(2)
			.allSatisfy((c) -> {
				assertThat(TestTexts.zh(c.value())).isEqualTo("未申报");
				assertThat(TestTexts.en(c.value())).isEqualTo("not declared");
			});
		assertThat(evaluation.gaps()).extracting(TestTexts::en).contains("to be declared by the enterprise");
	}

	@Test
	void declaredFactsDecide() {
		assertThat(application(false, false, 30).evaluate().outcome()).isEqualTo(Outcome.PASS);
		assertThat(application(true, false, 30).evaluate().outcome()).isEqualTo(Outcome.FAIL);
		assertThat(application(false, true, 30).evaluate().outcome()).isEqualTo(Outcome.FAIL);
	}

	@Test
	void aScoreTooLowFailsWhateverIsUndeclared() {
		// S&T staff 5 of 100: staff score 0, which rules out qualifying by score
		assertThat(application(null, null, 5).evaluate().outcome()).isEqualTo(Outcome.FAIL);
	}

}
