package org.gaoxin.standard;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.gaoxin.standard.internal.StandardParser;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gaoxin.standard.StandardParserTest.VOCABULARY;
import static org.gaoxin.standard.StandardParserTest.problems;
import static org.gaoxin.standard.StandardParserTest.problemsInChinese;

/**
 * Scoring standards are read with the same strict checks as threshold ones, and what is
 * theirs — group and indicator weights, directions, the normalisation — is checked too.
 */
class ScoringStandardParserTest {

	static final String SCORING = """
			code: SCORE-TEST
			version: "1"
			kind: scoring
			name: {zh: 评分测试, en: Scoring test}
			scoring: {normalisation: min-max}
			categories:
			  - {code: a, zh: 甲, en: A, weight: 0.6}
			  - {code: b, zh: 乙, en: B, weight: 0.4}
			aggregates:
			  hte: {count: enterprises, where: [high_tech]}
			indicators:
			  - {code: S1, category: a, zh: 高企, en: HTE, unit: ENTERPRISES, formula: hte, direction: higher, weight: 0.5}
			  - {code: S2, category: a, zh: 能耗, en: Energy, unit: TCE_PER_WAN_YUAN, formula: energy_per_industrial_value_added, direction: lower, weight: 0.5}
			  - {code: S3, category: b, zh: 定性, en: Qualitative, qualitative: true, direction: higher, weight: 1}
			""";

	@Test
	void readsAScoringFile() {
		Standard standard = StandardParser.parse("s.yaml", SCORING, VOCABULARY, "test");
		assertThat(standard.kind()).isEqualTo(StandardKind.SCORING);
		assertThat(standard.scoring().normalisation()).isEqualTo(Normalisation.MIN_MAX);
		assertThat(standard.verdictRule()).isNull();
		assertThat(standard.category("a").orElseThrow().weight()).isEqualByComparingTo("0.6");
		Indicator energy = standard.indicator("S2").orElseThrow();
		assertThat(energy.direction()).isEqualTo(Direction.LOWER);
		assertThat(energy.weight()).isEqualByComparingTo("0.5");
		assertThat(standard.indicator("S3").orElseThrow().source()).isInstanceOf(ValueSource.Entered.class);
		assertThat(standard.indicator("S3").orElseThrow().unit()).isEqualTo(org.gaoxin.shared.Unit.SCORE);
	}

	@Test
	void readsTheBuiltInNationalStructure() throws IOException {
		String text = new ClassPathResource("standards/cn-national-htz-2021-evaluation.yaml")
			.getContentAsString(StandardCharsets.UTF_8);
		Standard standard = StandardParser.parse("built-in", text, VOCABULARY, "built-in");
		assertThat(standard.kind()).isEqualTo(StandardKind.SCORING);
		// the five first-level groups with their published weights (INDICATORS.md part B)
		assertThat(standard.categories()).extracting(Category::code)
			.containsExactly("innovation", "structure", "green", "open", "quality");
		assertThat(standard.categories()).extracting(Category::weight)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("0.20"), new BigDecimal("0.20"), new BigDecimal("0.15"),
					new BigDecimal("0.15"), new BigDecimal("0.30"));
		assertThat(standard.indicators()).hasSize(13);
		// marked as such: the omitted indicators and the renormalised weights are said
		assertThat(standard.description().en()).contains("omitted").contains("renormalised");
		assertThat(standard.description().zh()).contains("省略").contains("重新归一");
	}

	@Test
	void refusesWeightsThatDoNotSumToOne() {
		assertThat(problems(SCORING.replace("weight: 0.4}", "weight: 0.3}")))
			.anyMatch((p) -> p.contains("categories (line 7): the groups' weights sum to 0.9, not 1"));
		assertThat(problems(SCORING.replace("direction: lower, weight: 0.5", "direction: lower, weight: 0.25")))
			.anyMatch((p) -> p.contains("the weights of the indicators in group 'a' sum to 0.75, not 1"));
		assertThat(problemsInChinese(SCORING.replace("weight: 0.4}", "weight: 0.3}")))
			.anyMatch((p) -> p.contains("一级指标(分组)权重之和为 0.9,应为 1"));
	}

	@Test
	void refusesAnUnknownNormalisationAndDirection() {
		assertThat(problems(SCORING.replace("min-max", "minmax")))
			.anyMatch((p) -> p.contains("scoring.normalisation (line 5): unknown normalisation 'minmax'")
					&& p.contains("min-max, ratio-to-mean, z-score"));
		assertThat(problems(SCORING.replace("direction: lower", "direction: down")))
			.anyMatch((p) -> p.contains("indicators[1] (S2).direction (line 13): the direction is higher or lower"));
	}

	@Test
	void refusesAnUnsafeFormula() {
		assertThat(problems(SCORING.replace("formula: hte", "formula: \"hte ^ 2\"")))
			.anyMatch((p) -> p.contains("indicators[0] (S1).formula (line 12)") && p.contains("'^'"));
		assertThat(problems(SCORING.replace("formula: hte", "formula: \"SQRT(hte)\""))).isNotEmpty();
		assertThat(problems(SCORING.replace("formula: hte", "formula: runtime_exec")))
			.anyMatch((p) -> p.contains("unknown input 'runtime_exec'"));
	}

	@Test
	void refusesWhatBelongsToAThresholdStandardOrIsMissing() {
		assertThat(problems(SCORING.replace("direction: higher, weight: 0.5}", "rule: \">=\", threshold: 5}")))
			.anyMatch((p) -> p.contains("unknown key 'rule'"))
			.anyMatch((p) -> p.contains("indicators[0] (S1).direction (line 12): required"));
		assertThat(problems(SCORING.replace("scoring: {normalisation: min-max}\n", "")))
			.anyMatch((p) -> p.contains("scoring (line 1): required"));
		assertThat(problems(SCORING.replace(", weight: 0.6}", "}"))).anyMatch((p) -> p.contains("weight"));
		assertThat(problems(SCORING.replace("qualitative: true", "qualitative: true, formula: hte")))
			.anyMatch((p) -> p.contains("has no formula"));
		assertThat(problems(SCORING.replace("weight: 1}", "weight: 0}")))
			.anyMatch((p) -> p.contains("must be above 0 and at most 1"));
		assertThat(problems(SCORING.replace("  - {code: S3, category: b", "  - {code: S3, category: a")))
			.anyMatch((p) -> p.contains("group 'b' has no indicator"));
	}

}
