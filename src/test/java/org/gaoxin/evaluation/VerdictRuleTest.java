package org.gaoxin.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gaoxin.filing.EnterpriseYear;
import org.gaoxin.evaluation.internal.IndicatorJudge;
import org.gaoxin.evaluation.internal.ZoneYearInputs;
import org.gaoxin.shared.Unit;
import org.gaoxin.standard.Indicator;
import org.gaoxin.standard.Standard;
import org.gaoxin.standard.Vocabulary;
import org.gaoxin.standard.internal.StandardParser;
import org.gaoxin.statistics.FigureDefinition;
import org.gaoxin.statistics.ValueType;
import org.gaoxin.statistics.ZoneFigure;
import org.gaoxin.support.TestTexts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comparison kinds and the verdict rule at its boundaries: 85 % of core indicators met,
 * every unmet one within 20 % (inclusive), pilot deadline 3 years.
 */
class VerdictRuleTest {

	private static final int YEAR = 2021;

	@Test
	void atLeastIsMetAtTheThresholdAndUnmetJustBelow() {
		assertThat(judge(">=", "600", "600").status()).isEqualTo(IndicatorStatus.MET);
		IndicatorResult below = judge(">=", "600", "599.99");
		assertThat(below.status()).isEqualTo(IndicatorStatus.UNMET);
		assertThat(below.absoluteGap()).isEqualByComparingTo("0.01");
	}

	@Test
	void atMostIsMetAtTheThresholdAndItsGapIsMeasuredTheOtherWay() {
		assertThat(judge("<=", "0.8", "0.8").status()).isEqualTo(IndicatorStatus.MET);
		IndicatorResult above = judge("<=", "0.8", "0.88");
		assertThat(above.status()).isEqualTo(IndicatorStatus.UNMET);
		assertThat(above.relativeGap()).isEqualByComparingTo("0.1");
		assertThat(above.gapClass()).isEqualTo(GapClass.SMALL);
	}

	@Test
	void aFactMustBeTrue() {
		Standard standard = standard(
				List.of("{code: F, category: a, zh: 机构, unit: YES_NO, fact: body, rule: is-true}"));
		assertThat(judge(standard, "F", Map.of("body", true)).status()).isEqualTo(IndicatorStatus.MET);
		IndicatorResult no = judge(standard, "F", Map.of("body", false));
		assertThat(no.status()).isEqualTo(IndicatorStatus.UNMET);
		assertThat(no.gapClass()).isEqualTo(GapClass.LARGE);
	}

	@Test
	void aGapExactlyAtTheLimitIsSmallAndJustOverIsLarge() {
		assertThat(judge(">=", "600", "480").gapClass()).isEqualTo(GapClass.SMALL);
		assertThat(judge(">=", "600", "479.99").gapClass()).isEqualTo(GapClass.LARGE);
	}

	@Test
	void pilotWhenThreeSmallGapsAmongTwentyThree() {
		Verdict verdict = verdict(23, List.of("548", "4280", "37"), List.of("600", "5000", "40"));
		assertThat(verdict.outcome()).isEqualTo(VerdictOutcome.PILOT);
		assertThat(verdict.deadlineYear()).isEqualTo(2024);
		assertThat(verdict.coreMet()).isEqualTo(20);
		assertThat(verdict.reasons()).extracting(TestTexts::zh)
			.containsExactly("核心指标23项达标20项(87%,不低于85%)", "未达标:I0 指标I0,差距8.7%(不超过20%)", "未达标:I1 指标I1,差距14.4%(不超过20%)",
					"未达标:I2 指标I2,差距7.5%(不超过20%)", "符合“以认促建”试点条件,须于2024年全面达标");
		assertThat(verdict.reasons()).extracting(TestTexts::en)
			.startsWith("20 of 23 core indicators met (87%, at least 85%)", "unmet: I0 指标I0, gap 8.7% (within 20%)")
			.endsWith("fits the pilot conditions (accredit, then build): every indicator to be met by 2024");
	}

	@Test
	void pilotWhenAGapIsExactlyTheLargestAllowed() {
		assertThat(verdict(20, List.of("480"), List.of("600")).outcome()).isEqualTo(VerdictOutcome.PILOT);
	}

	@Test
	void notQualifiedWhenAGapIsJustOverTheLargestAllowed() {
		Verdict verdict = verdict(20, List.of("479.99"), List.of("600"));
		assertThat(verdict.outcome()).isEqualTo(VerdictOutcome.NOT_QUALIFIED);
		assertThat(verdict.reasons()).anyMatch((r) -> TestTexts.zh(r).contains("超过20%"));
		assertThat(verdict.reasons()).anyMatch((r) -> TestTexts.en(r).contains("(over 20%)"));
	}

	@Test
	void pilotWhenExactlyTheRequiredShareIsMet() {
		// 17 of 20 = 85 %
		assertThat(verdict(20, List.of("590", "590", "590"), List.of("600", "600", "600")).outcome())
			.isEqualTo(VerdictOutcome.PILOT);
	}

	@Test
	void notQualifiedBelowTheRequiredShare() {
		// 16 of 20 = 80 %, even with small gaps
		assertThat(verdict(20, List.of("590", "590", "590", "590"), List.of("600", "600", "600", "600")).outcome())
			.isEqualTo(VerdictOutcome.NOT_QUALIFIED);
	}

	@Test
	void accreditedWhenEveryCoreIndicatorIsMet() {
		Verdict verdict = verdict(5, List.of(), List.of());
		assertThat(verdict.outcome()).isEqualTo(VerdictOutcome.ACCREDITED);
		assertThat(verdict.deadlineYear()).isNull();
	}

	@Test
	void missingDataIsReportedByFigureAndYearAndGivesNoVerdict() {
		Standard standard = standard(List.of(indicator("A", ">=", "5", "area")));
		IndicatorResult result = judge(standard, "A", Map.of());
		assertThat(result.status()).isEqualTo(IndicatorStatus.MISSING);
		assertThat(result.value()).isNull();
		assertThat(result.missing()).singleElement().satisfies((m) -> {
			assertThat(TestTexts.zh(m)).contains("area").contains("2021");
			assertThat(TestTexts.en(m)).isEqualTo("zone figure area has no value for 2021");
		});
		Verdict verdict = Verdict.decide(standard.verdictRule(), List.of(result), YEAR);
		assertThat(verdict.outcome()).isEqualTo(VerdictOutcome.INCOMPLETE);
		assertThat(verdict.reasons()).singleElement().satisfies((r) -> {
			assertThat(TestTexts.zh(r)).contains("缺少数据").contains("area");
			assertThat(TestTexts.en(r)).startsWith("missing data: A");
		});
	}

	@Test
	void anEnterpriseAggregateWithoutReportsIsMissingNotZero() {
		Standard standard = standard(List
			.of("{code: R, category: a, zh: 研发, unit: YI_YUAN, formula: rd / 100000, rule: \">=\", threshold: 1}"),
				"  rd: {sum: rd_expense}\n");
		EnterpriseYear noReport = new EnterpriseYear(1, "91350100M000100Y43", "某企业", null, false, false, false, null);
		ZoneYearInputs inputs = new ZoneYearInputs(YEAR, List.of(), List.of(noReport), List.of());
		IndicatorResult result = IndicatorJudge.judge(standard, standard.indicator("R").orElseThrow(), inputs);
		assertThat(result.status()).isEqualTo(IndicatorStatus.MISSING);
		assertThat(result.missing()).singleElement()
			.satisfies((m) -> assertThat(TestTexts.en(m)).contains("no enterprise annual reports for 2021"));
	}

	@Test
	void aDivisionByZeroIsReportedAsCannotCompute() {
		Standard standard = standard(
				List.of("{code: D, category: a, zh: 比, unit: PERCENT, formula: a / b, rule: \">=\", threshold: 1}"));
		IndicatorResult result = judge(standard, "D", Map.of("a", new BigDecimal("1"), "b", BigDecimal.ZERO));
		assertThat(result.status()).isEqualTo(IndicatorStatus.MISSING);
		assertThat(result.missing()).singleElement().satisfies((m) -> {
			assertThat(TestTexts.en(m)).contains("cannot compute");
			assertThat(TestTexts.zh(m)).contains("无法计算");
		});
	}

	// --- helpers: a standard of N core indicators, the first ones unmet with the given
	// values

	private static Verdict verdict(int total, List<String> unmetValues, List<String> thresholds) {
		List<String> lines = new ArrayList<>();
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < total; i++) {
			String threshold = (i < thresholds.size()) ? thresholds.get(i) : "10";
			lines.add(indicator("I" + i, ">=", threshold, "x" + i));
			values.put("x" + i, new BigDecimal((i < unmetValues.size()) ? unmetValues.get(i) : threshold));
		}
		Standard standard = standard(lines);
		List<IndicatorResult> results = new ArrayList<>();
		for (Indicator indicator : standard.indicators()) {
			results.add(IndicatorJudge.judge(standard, indicator, inputs(values)));
		}
		return Verdict.decide(standard.verdictRule(), results, YEAR);
	}

	private static IndicatorResult judge(String rule, String threshold, String value) {
		Standard standard = standard(List.of(indicator("X", rule, threshold, "x")));
		return judge(standard, "X", Map.of("x", new BigDecimal(value)));
	}

	private static IndicatorResult judge(Standard standard, String code, Map<String, Object> values) {
		return IndicatorJudge.judge(standard, standard.indicator(code).orElseThrow(), inputs(values));
	}

	private static String indicator(String code, String rule, String threshold, String figure) {
		return "{code: " + code + ", category: a, zh: 指标" + code + ", unit: YI_YUAN, formula: " + figure + ", rule: \""
				+ rule + "\", threshold: " + threshold + "}";
	}

	private static Standard standard(List<String> indicators) {
		return standard(indicators, "");
	}

	private static Standard standard(List<String> indicators, String aggregates) {
		Set<String> numbers = new HashSet<>(Set.of("area", "x", "a", "b"));
		for (int i = 0; i < 30; i++) {
			numbers.add("x" + i);
		}
		String text = "code: T\nversion: \"1\"\nname: {zh: 测试}\n"
				+ "verdict: {core_share_met: 0.85, max_relative_gap: 0.20, pilot_deadline_years: 3}\n"
				+ "categories: [{code: a, zh: 甲}]\n" + (aggregates.isEmpty() ? "" : "aggregates:\n" + aggregates)
				+ "indicators:\n" + String.join("\n", indicators.stream().map((i) -> "  - " + i).toList()) + "\n";
		return StandardParser.parse("t.yaml", text, new Vocabulary(numbers, Set.of("body")), "test");
	}

	private static ZoneYearInputs inputs(Map<String, Object> values) {
		List<ZoneFigure> figures = new ArrayList<>();
		values.forEach((code, value) -> {
			boolean flag = value instanceof Boolean;
			FigureDefinition definition = new FigureDefinition(code, code, code, flag ? Unit.YES_NO : Unit.YI_YUAN,
					flag ? ValueType.BOOLEAN : ValueType.NUMBER, 0);
			figures.add(new ZoneFigure("Z", YEAR, definition, flag ? null : (BigDecimal) value,
					flag ? (Boolean) value : null, "test"));
		});
		return new ZoneYearInputs(YEAR, figures, List.of(), List.of());
	}

}
