package org.gaoxin.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gaoxin.support.TestTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Policy files are read strictly: the shipped ones load; unknown keys, bad types, type
 * tags and formulas beyond arithmetic over the known inputs are refused, each problem
 * with its place (path and line) and rule.
 */
class PolicyFileTest {

	private static final String FILE = """
			code: T
			version: "1"
			name: {zh: 测试政策, en: Test policy}
			issuer: {zh: 测试}
			document_no: 测〔2021〕1号
			valid: {from: 2021, to: 2022}
			articles:
			  - code: A1
			    name: {zh: 甲}
			    when: [{input: rd_expense_increase, at_least: 100}]
			    award: "%s"
			    budget: {line: 甲, planned: 100}
			""";

	private static List<String> problems(String text) {
		PolicyFormatException refused = catchThrowableOfType(PolicyFormatException.class,
				() -> Policies.parse("bad.yaml", text.getBytes(StandardCharsets.UTF_8), "test"));
		assertThat(refused).as("refused").isNotNull();
		return refused.problems().stream().map(TestTexts::en).toList();
	}

	@Test
	void theShippedPoliciesLoadAndAreMarkedIllustrative() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:policies/*.yaml");
		assertThat(files).hasSizeGreaterThanOrEqualTo(3);
		for (Resource file : files) {
			Policy policy = Policies.parse(file.getFilename(), file.getContentAsByteArray(), "test");
			assertThat(policy.illustrative()).as(file.getFilename()).isTrue();
			assertThat(policy.name().zh()).startsWith("示例");
			assertThat(policy.checksum()).hasSize(64);
		}
	}

	@Test
	void aPlainFormulaIsRead() {
		Policy policy = Policies.parse("ok.yaml",
				FILE.formatted("MIN(rd_expense_increase * 0.1, 50)").getBytes(StandardCharsets.UTF_8), "test");
		assertThat(policy.article("A1").orElseThrow().award().inputs()).containsExactly("rd_expense_increase");
		assertThat(policy.inForce(2022)).isTrue();
		assertThat(policy.inForce(2023)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "T(java.lang.Runtime).getRuntime().exec('id')", "rd_expense.getClass()",
			"java.lang.System.exit(0)", "\\\"a\\\" + rd_expense", "rd_expense ^ 99999999", "1e999999999 * rd_expense",
			"99999999999999999999 * rd_expense", "SQRT(rd_expense)", "rd_expense[0]" })
	void aHostileFormulaIsRefusedWithItsPlace(String formula) {
		List<String> problems = problems(FILE.formatted(formula));
		assertThat(problems).isNotEmpty();
		assertThat(problems).allSatisfy((p) -> assertThat(p).startsWith("articles[0] (A1).award (line 11)"));
	}

	@Test
	void deepNestingIsRefused() {
		String deep = "(".repeat(9) + "rd_expense" + ")".repeat(9);
		assertThat(problems(FILE.formatted(deep)))
			.containsExactly("articles[0] (A1).award (line 11): the formula nests brackets more than 8 deep");
	}

	@Test
	void anUnknownInputIsRefused() {
		assertThat(problems(FILE.formatted("password * 2"))).singleElement()
			.asString()
			.contains("unknown input \"password\"");
	}

	@Test
	void unknownKeysBadTypesAndTagsAreEachAProblemWithItsLine() {
		String text = """
				code: T
				version: "1"
				name: {zh: 测试政策}
				issuer: {zh: 测试}
				document_no: 测
				valid: {from: "2021", to: 2020}
				articles:
				  - code: A1
				    name: {zh: 甲}
				    subject: robot
				    when: [{fact: hte_first, at_least: 1}, {input: employees}]
				    award: "1"
				    cap_per_enterprise: -5
				    budget: {line: 甲, planned: 100}
				    payee: everyone
				""";
		assertThat(problems(text)).contains(
				"valid.from (line 6): '2021' is written as text; write numbers without quotes",
				"articles[0] (A1).subject (line 10): the subject is enterprise or talent, not \"robot\"",
				"articles[0] (A1).when[0].at_least (line 11): a fact is yes or no: write is: true or is: false, no threshold",
				"articles[0] (A1).when[1] (line 11): a figure's condition gives exactly one of at_least, more_than, at_most, less_than",
				"articles[0] (A1).cap_per_enterprise (line 13): must not be negative");
		assertThat(problems(text)).anySatisfy((p) -> assertThat(p).startsWith("articles[0] (A1).payee (line 15)"));
		// a Java type tag never reaches a constructor: the file is refused where it is
		// read
		assertThat(problems(FILE.formatted("1").replace("code: T", "code: !!java.lang.Runtime T"))).singleElement()
			.asString()
			.startsWith("line 1, column 7");
	}

	@Test
	void aFileThatIsNotOneObjectIsRefused() {
		assertThatThrownBy(() -> Policies.parse("x.yaml", "- a\n- b\n".getBytes(StandardCharsets.UTF_8), "test"))
			.isInstanceOf(PolicyFormatException.class)
			.satisfies((ex) -> assertThat(TestTexts.en(((PolicyFormatException) ex).problems().get(0)))
				.startsWith("The file must be one object"));
	}

}
