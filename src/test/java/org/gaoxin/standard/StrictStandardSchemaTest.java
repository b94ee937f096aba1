package org.gaoxin.standard;

import org.gaoxin.standard.internal.StandardParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gaoxin.standard.StandardParserTest.MINIMAL;
import static org.gaoxin.standard.StandardParserTest.VOCABULARY;
import static org.gaoxin.standard.StandardParserTest.problems;
import static org.gaoxin.standard.StandardParserTest.problemsInChinese;

/**
 * A standard file is checked against a strict schema: what was accepted and stored
 * before, and changed verdicts, is refused with its path and line.
 */
class StrictStandardSchemaTest {

	@Test
	void theExpressionLibrarysConstantsAreNotInputs() {
		assertThat(problems(MINIMAL.replace("formula: planned_area", "formula: planned_area + DT_FORMAT_LOCAL_DATE")))
			.anyMatch((p) -> p.startsWith("indicators[0] (I1).formula (line 9)")
					&& p.contains("unknown input 'dt_format_local_date'"));
		assertThat(problems(MINIMAL.replace("formula: planned_area", "formula: planned_area * NULL")))
			.anyMatch((p) -> p.contains("unknown input 'null'"));
		assertThat(problems(MINIMAL.replace("formula: planned_area", "formula: planned_area * PI")))
			.anyMatch((p) -> p.contains("unknown input 'pi'"));
	}

	@Test
	void aNumberWrittenAsTextIsRefused() {
		assertThat(problems(MINIMAL.replace("threshold: 5", "threshold: '1'"))).containsExactly(
				"indicators[0] (I1).threshold (line 9): '1' is written as text; write numbers without quotes");
		assertThat(problems(MINIMAL.replace("core_share_met: 0.85", "core_share_met: \"0.85\"")))
			.anyMatch((p) -> p.startsWith("verdict.core_share_met (line 4)"));
	}

	@Test
	void aMisspeltKeyIsRefusedNotIgnored() {
		// "cor: false" left the indicator core and changed verdicts
		assertThat(problems(MINIMAL.replace("unit: KM2,", "unit: KM2, cor: false,")))
			.containsExactly("indicators[0] (I1).cor (line 9): unknown key 'cor'; the keys are code, category, zh, en, "
					+ "unit, core, formula, fact, rule, threshold, weight");
		assertThat(problemsInChinese(MINIMAL.replace("unit: KM2,", "unit: KM2, cor: false,")))
			.allMatch((p) -> p.startsWith("indicators[0] (I1).cor(第9行):未知的键“cor”"));
	}

	@Test
	void unknownKeysAnywhereAreRefusedWithTheirPath() {
		assertThat(problems(MINIMAL.replace("en: Test standard}", "en: Test standard, fr: Norme}")))
			.containsExactly("name.fr (line 3): unknown key 'fr'; the keys are zh, en");
		assertThat(problems(MINIMAL.replace("hte: {count: enterprises,", "hte: {count: enterprises, wher: [x],")))
			.anyMatch((p) -> p.startsWith("aggregates.hte.wher (line 7): unknown key 'wher'"));
		assertThat(problems(MINIMAL.replace("pilot_deadline_years: 3}", "pilot_deadline_years: 3, pilot: 1}")))
			.anyMatch((p) -> p.startsWith("verdict.pilot (line 4): unknown key"));
		assertThat(problems("owner: me\n" + MINIMAL)).anyMatch((p) -> p.startsWith("owner (line 1): unknown key"));
		assertThat(problems(MINIMAL.replace("en: A}", "en: A, colour: red}")))
			.anyMatch((p) -> p.startsWith("categories[0].colour (line 5)"));
	}

	@Test
	void aDuplicateKeyIsNamedWithItsLine() {
		assertThat(problems(MINIMAL.replace("version: \"1\"", "version: \"1\"\ncode: OTHER")))
			.containsExactly("code (line 3): duplicate key 'code' (first on line 1)");
	}

	@Test
	void yesNoMustBeABoolean() {
		assertThat(problems(MINIMAL.replace("unit: KM2,", "unit: KM2, core: 'no',")))
			.anyMatch((p) -> p.startsWith("indicators[0] (I1).core (line 9): must be true or false"));
		Standard standard = StandardParser.parse("t.yaml", MINIMAL.replace("unit: KM2,", "unit: KM2, core: false,"),
				VOCABULARY, "test");
		assertThat(standard.indicator("I1").orElseThrow().core()).isFalse();
	}

	@Test
	void hugeNumbersAreRefusedBeforeTheyAreRead() {
		assertThat(problems(MINIMAL.replace("threshold: 5", "threshold: 1e400")))
			.anyMatch((p) -> p.contains("more than 30 digits"));
		assertThat(problems(MINIMAL.replace("threshold: 5", "threshold: " + "9".repeat(1000))))
			.anyMatch((p) -> p.contains("more than 30 digits"));
	}

	@Test
	void aBrokenFileSaysWhereItBroke() {
		assertThat(problems(MINIMAL.replace("categories: [{code: a", "categories: [{code: a: b"))).singleElement()
			.satisfies((p) -> assertThat(p).startsWith("line 5, column").contains("not readable"));
	}

}
