package org.gaoxin.policy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gaoxin.support.TestTexts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The award rules against hand calculations at their boundaries: exactly at a threshold,
 * at least against more than, first accreditation against renewal, an increase against a
 * level, and each cap — per enterprise, per enterprise and year across articles, per
 * article and year shared by the same share.
 */
class PolicyEngineTest {

	private static final String POLICY = """
			code: T
			version: "1"
			name: {zh: 测试政策}
			issuer: {zh: 测试}
			document_no: 测〔2021〕1号
			valid: {from: 2021, to: 2021}
			%s
			articles:
			%s
			""";

	private static Policy policy(String root, String articles) {
		return Policies.parse("t.yaml", POLICY.formatted(root, articles).getBytes(StandardCharsets.UTF_8), "test");
	}

	private static Candidate enterprise(long id, Map<String, String> values) {
		Map<String, BigDecimal> decimals = new HashMap<>();
		values.forEach((k, v) -> decimals.put(k, new BigDecimal(v)));
		return new Candidate("E:" + id, Subject.ENTERPRISE, id, "企业" + id, "91500000000000000" + id, null, null, null,
				decimals);
	}

	private static ArticleResult only(Policy policy, List<Candidate> candidates) {
		return PolicyEngine.match(policy, candidates).get(0);
	}

	private static final String INCREASE = """
			  - code: A1
			    name: {zh: 研发增量}
			    when: [{input: rd_expense_increase, at_least: 500}]
			    award: "rd_expense_increase * 0.1"
			    cap_per_enterprise: 80
			    budget: {line: 研发, planned: 1000}
			""";

	@Test
	void anIncreaseExactlyAtTheThresholdQualifiesAndOneHundredYuanBelowDoesNot() {
		ArticleResult result = only(policy("", INCREASE),
				List.of(enterprise(1, Map.of("rd_expense_increase", "500")),
						enterprise(2, Map.of("rd_expense_increase", "499.99")),
						enterprise(3, Map.of("rd_expense_increase", "380"))));
		assertThat(result.matches()).extracting((m) -> m.candidate().enterpriseId()).containsExactly(1L);
		// 500 × 0.1 = 50.00, under the cap of 80
		assertThat(result.matches().get(0).amount()).isEqualByComparingTo("50.00");
		assertThat(result.matches().get(0).caps()).isEmpty();
		// both reach half of 500: near misses, with what they lack
		assertThat(result.nearMisses()).extracting(NearMiss::missing)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("0.01"), new BigDecimal("120"));
		assertThat(TestTexts.zh(Reasons.of(result.nearMisses().get(1))))
			.isEqualTo("研究开发费用较上年增量 380万元,须不低于 500万元,尚差 120万元");
	}

	@Test
	void moreThanIsStrictAtTheThreshold() {
		Policy policy = policy("", INCREASE.replace("at_least: 500", "more_than: 500"));
		ArticleResult result = only(policy, List.of(enterprise(1, Map.of("rd_expense_increase", "500")),
				enterprise(2, Map.of("rd_expense_increase", "500.01"))));
		assertThat(result.matches()).extracting((m) -> m.candidate().enterpriseId()).containsExactly(2L);
		// 500.01 × 0.1 = 50.001, rounded half up to 50.00
		assertThat(result.matches().get(0).amount()).isEqualByComparingTo("50.00");
		assertThat(result.nearMisses()).singleElement().satisfies((n) -> assertThat(n.missing()).isZero());
	}

	@Test
	void theCapPerEnterpriseCutsTheFormulasAmountAndSaysSo() {
		ArticleResult result = only(policy("", INCREASE), List.of(enterprise(1, Map.of("rd_expense_increase", "800")),
				enterprise(2, Map.of("rd_expense_increase", "800.01"))));
		// 800 × 0.1 = 80: exactly the cap, not cut; 80.001 → 80.00 after rounding, not
		// cut
		assertThat(result.matches()).allSatisfy((m) -> assertThat(m.caps()).isEmpty());
		result = only(policy("", INCREASE), List.of(enterprise(1, Map.of("rd_expense_increase", "2000"))));
		Match match = result.matches().get(0);
		assertThat(match.formulaAmount()).isEqualByComparingTo("200.00");
		assertThat(match.amount()).isEqualByComparingTo("80");
		assertThat(match.caps()).singleElement()
			.satisfies((c) -> assertThat(c.kind()).isEqualTo(CapStep.Kind.PER_SUBJECT));
		assertThat(TestTexts.zh(Reasons.of(match, result.article()).get(2))).isEqualTo("每企业(每人)上限 80万元:200万元 → 80万元");
	}

	@Test
	void anIncreaseNeedsLastYearsReportWhereALevelDoesNot() {
		String both = INCREASE + """
				  - code: A2
				    name: {zh: 研发水平}
				    when: [{input: rd_expense, at_least: 500}]
				    award: "10"
				    budget: {line: 研发, planned: 100}
				""";
		// 600 this year, no report last year: the level qualifies, the increase cannot be
		// known
		List<ArticleResult> results = PolicyEngine.match(policy("", both),
				List.of(enterprise(1, Map.of("rd_expense", "600"))));
		assertThat(results.get(0).matches()).isEmpty();
		assertThat(results.get(0).nearMisses()).isEmpty();
		assertThat(results.get(1).matches()).singleElement()
			.satisfies((m) -> assertThat(m.amount()).isEqualByComparingTo("10"));
		// 600 now, 200 last year: increase 400, below 500 — a level of 600 is not an
		// increase
		results = PolicyEngine.match(policy("", both), List
			.of(enterprise(1, Map.of("rd_expense", "600", "rd_expense_prev", "200", "rd_expense_increase", "400"))));
		assertThat(results.get(0).matches()).isEmpty();
		assertThat(results.get(1).matches()).hasSize(1);
	}

	@Test
	void aFirstAccreditationIsPaidAsFirstAndARenewalAsRenewal() {
		String articles = """
				  - code: FIRST
				    name: {zh: 首次认定}
				    when: [{fact: hte_first}]
				    award: "20"
				    budget: {line: 高企, planned: 100}
				  - code: RENEWAL
				    name: {zh: 重新认定}
				    when: [{fact: hte_renewal}]
				    award: "5"
				    budget: {line: 高企, planned: 100}
				  - code: NOT_HT
				    name: {zh: 非高企}
				    when: [{fact: hte_valid, is: false}]
				    award: "1"
				    budget: {line: 高企, planned: 100}
				""";
		List<ArticleResult> results = PolicyEngine.match(policy("", articles),
				List.of(enterprise(1, Map.of("hte_first", "1", "hte_renewal", "0", "hte_valid", "1")),
						enterprise(2, Map.of("hte_first", "0", "hte_renewal", "1", "hte_valid", "1")),
						enterprise(3, Map.of("hte_first", "0", "hte_renewal", "0", "hte_valid", "0"))));
		assertThat(results.get(0).matches()).extracting((m) -> m.candidate().enterpriseId()).containsExactly(1L);
		assertThat(results.get(1).matches()).extracting((m) -> m.candidate().enterpriseId()).containsExactly(2L);
		assertThat(results.get(2).matches()).extracting((m) -> m.candidate().enterpriseId()).containsExactly(3L);
		// a fact missed is not a near miss: there is no amount to close
		assertThat(results.get(0).nearMisses()).isEmpty();
	}

	@Test
	void thePolicysCapPerEnterpriseAndYearCutsTheLaterArticles() {
		String articles = """
				  - code: A1
				    name: {zh: 甲}
				    when: [{fact: tech_sme}]
				    award: "30"
				    budget: {line: 甲, planned: 100}
				  - code: A2
				    name: {zh: 乙}
				    when: [{fact: tech_sme}]
				    award: "25"
				    budget: {line: 乙, planned: 100}
				  - code: A3
				    name: {zh: 丙}
				    when: [{fact: tech_sme}]
				    award: "5"
				    budget: {line: 丙, planned: 100}
				""";
		List<ArticleResult> results = PolicyEngine.match(policy("cap_per_enterprise_year: 40", articles),
				List.of(enterprise(1, Map.of("tech_sme", "1"))));
		// 30, then 25 cut to the 10 left, then 5 cut to nothing: 40 in all
		assertThat(results).extracting((r) -> r.matches().get(0).amount())
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("30"), new BigDecimal("10"), BigDecimal.ZERO);
		assertThat(results.get(2).payable()).isEmpty();
		assertThat(results.get(1).matches().get(0).caps()).singleElement()
			.satisfies((c) -> assertThat(c.kind()).isEqualTo(CapStep.Kind.PER_SUBJECT_YEAR));
	}

	@Test
	void theArticlesCapPerYearCutsEveryAwardByTheSameShareRoundedDown() {
		String article = """
				  - code: A1
				    name: {zh: 甲}
				    when: [{fact: incubated}]
				    award: "employees / 10"
				    cap_per_year: 100
				    budget: {line: 甲, planned: 100}
				""";
		// 60 + 45 + 15 = 120 > 100: each × 100/120 = 50, 37.5, 12.5
		List<Candidate> three = List.of(enterprise(1, Map.of("incubated", "1", "employees", "600")),
				enterprise(2, Map.of("incubated", "1", "employees", "450")),
				enterprise(3, Map.of("incubated", "1", "employees", "150")));
		ArticleResult result = only(policy("", article), three);
		assertThat(result.matches()).extracting(Match::amount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("50"), new BigDecimal("37.5"), new BigDecimal("12.5"));
		assertThat(result.total()).isEqualByComparingTo("100");
		// 3 × 40 = 120 > 100: 33.333… each, rounded down to 33.33, total 99.99 ≤ 100
		List<Candidate> equal = List.of(enterprise(1, Map.of("incubated", "1", "employees", "400")),
				enterprise(2, Map.of("incubated", "1", "employees", "400")),
				enterprise(3, Map.of("incubated", "1", "employees", "400")));
		result = only(policy("", article), equal);
		assertThat(result.matches()).allSatisfy((m) -> assertThat(m.amount()).isEqualByComparingTo("33.33"));
		assertThat(result.total()).isEqualByComparingTo("99.99");
		// exactly at the cap: not cut
		result = only(policy("", article), List.of(enterprise(1, Map.of("incubated", "1", "employees", "1000"))));
		assertThat(result.matches().get(0).caps()).isEmpty();
		assertThat(result.total()).isEqualByComparingTo("100");
	}

	@Test
	void aNegativeFormulaPaysNothing() {
		String article = """
				  - code: A1
				    name: {zh: 甲}
				    when: [{fact: tech_sme}]
				    award: "rd_expense_increase * 0.1"
				    budget: {line: 甲, planned: 100}
				""";
		ArticleResult result = only(policy("", article),
				List.of(enterprise(1, Map.of("tech_sme", "1", "rd_expense_increase", "-300"))));
		assertThat(result.matches().get(0).amount()).isZero();
		assertThat(result.payable()).isEmpty();
	}

}
