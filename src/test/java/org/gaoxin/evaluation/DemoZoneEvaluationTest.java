package org.gaoxin.evaluation;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.TestTexts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo zone tells the source's story against the built-in illustrative standard. */
@DemoApplicationTest
class DemoZoneEvaluationTest {

	static final String STANDARD = "CQ-MUNICIPAL-HTZ";

	@Autowired
	Evaluator evaluator;

	private final DataScope headquarters = new DataScope(Role.HEADQUARTERS, DemoAccounts.QIANJIANG, null, null, null);

	@Test
	void qianjiang2021MeetsTwentyOfTwentyThreeAndIsAPilotUntil2024() {
		Evaluation evaluation = this.evaluator.evaluate(DemoAccounts.QIANJIANG, 2021, STANDARD, false,
				this.headquarters);
		assertThat(evaluation.verdict().coreMet()).isEqualTo(20);
		assertThat(evaluation.verdict().coreTotal()).isEqualTo(23);
		assertThat(evaluation.unmet()).extracting((r) -> r.name().zh()).containsExactly("二三产业产值", "实际利用外资", "高新技术企业数");
		assertThat(evaluation.verdict().outcome()).isEqualTo(VerdictOutcome.PILOT);
		assertThat(evaluation.verdict().deadlineYear()).isEqualTo(2024);
		assertThat(evaluation.indicator("C07").orElseThrow().displayRelativeGap()).isEqualTo("7.5");
		assertThat(evaluation.indicator("C02").orElseThrow().displayRelativeGap()).isEqualTo("8.7");
		assertThat(evaluation.indicator("C05").orElseThrow().displayRelativeGap()).isEqualTo("14.4");
		assertThat(evaluation.standardVersion()).isEqualTo("2021-illustrative");
	}

	@Test
	void calibrationTableValuesFor2021() {
		Evaluation e = this.evaluator.evaluate(DemoAccounts.QIANJIANG, 2021, STANDARD, false, this.headquarters);
		assertThat(e.indicator("C03").orElseThrow().displayValue()).isEqualTo("171");
		assertThat(e.indicator("C04").orElseThrow().displayValue()).isEqualTo("92");
		assertThat(e.indicator("C08").orElseThrow().displayValue()).isEqualTo("350");
		assertThat(e.indicator("C09").orElseThrow().value()).isBetween(new java.math.BigDecimal("2.55"),
				new java.math.BigDecimal("2.65"));
		assertThat(e.indicator("C10").orElseThrow().displayValue()).isEqualTo("33");
		assertThat(e.indicator("C13").orElseThrow().displayValue()).isEqualTo("5");
		assertThat(e.indicator("C20").orElseThrow().displayValue()).isEqualTo("24");
		assertThat(e.indicator("C03").orElseThrow().inputs()).singleElement().satisfies((input) -> {
			assertThat(TestTexts.en(input.description())).contains("490 of 490 enterprises reported");
			assertThat(TestTexts.zh(input.description())).contains("490/490家企业已报送年报");
		});
	}

	@Test
	void anIndicatorIsMarkedChangedInExactlyTheYearsItsStateChanged() {
		YearOverYear history = this.evaluator.yearOverYear(DemoAccounts.QIANJIANG, STANDARD, false, this.headquarters);
		assertThat(history.changes()).isNotEmpty();
		java.util.Set<String> changed = new java.util.HashSet<>();
		history.changes().forEach((c) -> changed.add(c.indicator() + "/" + c.year()));
		for (Evaluation year : history.years()) {
			for (IndicatorResult result : year.indicators()) {
				assertThat(history.changed(result.code(), year.year())).as(result.code() + " in " + year.year())
					.isEqualTo(changed.contains(result.code() + "/" + year.year()));
			}
		}
		assertThat(history.changed("C01", history.years().get(0).year())).isFalse();
	}

}
