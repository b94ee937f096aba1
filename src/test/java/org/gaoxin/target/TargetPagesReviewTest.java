package org.gaoxin.target;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.enterprise.Certificates;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the reviewer of the target pages did (issue 11), done again: each test repeats a
 * finding's steps and checks the page now answers as it should.
 */
@DemoApplicationTest
@Transactional
class TargetPagesReviewTest {

	private static final String ZONE = DemoAccounts.QIANJIANG;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Scenarios scenarios;

	@Autowired
	Enterprises enterprises;

	@Autowired
	Certificates certificates;

	/**
	 * The scenario editor carries the version it opened; a save after a colleague's is
	 * refused on the page with what was typed kept, and the colleague's stays.
	 */
	@Test
	void aScenarioSavedByAColleagueSinceIsAConflictOnThePage() throws Exception {
		GaoxinPrincipal hq = principal(DemoAccounts.HEADQUARTERS);
		SavedScenario opened = this.scenarios.create(ZONE,
				new ScenarioDraft("页面两人同改", null, 2021, "CQ-MUNICIPAL-HTZ", List.of(ScenarioChange.highTech(2))),
				hq.scope());
		try {
			String editor = this.mvc
				.perform(get("/targets/scenarios").param("zone", ZONE)
					.param("id", String.valueOf(opened.id()))
					.with(user(hq)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(editor).contains("name=\"basedOn\" value=\"1\"");
			GaoxinPrincipal department = principal(DemoAccounts.DEPARTMENT);
			SignedIn.as(department, () -> this.scenarios.update(ZONE, opened.id(),
					new ScenarioDraft("页面两人同改", "部门先保存", 2021, "CQ-MUNICIPAL-HTZ", List.of(ScenarioChange.highTech(4))),
					1, department.scope()));

			String page = this.mvc
				.perform(post("/targets/scenarios/save").param("zone", ZONE)
					.param("year", "2021")
					.param("id", String.valueOf(opened.id()))
					.param("basedOn", "1")
					.param("name", "页面两人同改")
					.param("description", "指挥部后保存")
					.param("rows[0].what", "HIGH_TECH")
					.param("rows[0].amount", "9")
					.param("lang", "zh_CN")
					.header("Referer", "http://localhost/targets/scenarios?zone=" + ZONE + "&id=" + opened.id())
					.with(user(hq))
					.with(csrf()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).contains("在您打开后已由demo-dept于", "您的修改没有保存", "指挥部后保存");
			// the answer to a post switches language on the page the form was on, not the
			// post's
			assertThat(page)
				.contains("href=\"/targets/scenarios?zone=" + ZONE + "&amp;id=" + opened.id() + "&amp;lang=en\"");
			SavedScenario stored = this.scenarios.get(ZONE, opened.id(), hq.scope());
			assertThat(stored.draft().description()).isEqualTo("部门先保存");
			assertThat(stored.version()).isEqualTo(2);
		}
		finally {
			this.scenarios.delete(ZONE, opened.id(), hq.scope());
		}
	}

	/**
	 * Costs typed for one calculation are said to be that, not the zone's nor the
	 * defaults.
	 */
	@Test
	void costsTypedForOneCalculationAreSaidToBeThat() throws Exception {
		String plain = pathPage(
				get("/targets/path").param("zone", ZONE).param("year", "2021").param("budget", "2000000"));
		assertThat(plain).doesNotContain("本次计算使用上面填写的单位成本");
		String typed = pathPage(get("/targets/path").param("zone", ZONE)
			.param("year", "2021")
			.param("budget", "2000000")
			.param("rd", "0.77"));
		assertThat(typed).contains("本次计算使用上面填写的单位成本");
	}

	private String pathPage(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.param("lang", "zh_CN").with(user(principal(DemoAccounts.HEADQUARTERS))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** Finding 4: turning a plan into a scenario again never overwrites a colleague's. */
	@Test
	void aPlanTurnedIntoAScenarioAgainLeavesTheEditedOneAsItIs() throws Exception {
		GaoxinPrincipal hq = principal(DemoAccounts.HEADQUARTERS);
		long first = scenarioFromPlan(DemoAccounts.HEADQUARTERS);
		SavedScenario original = this.scenarios.get(ZONE, first, hq.scope());
		ScenarioDraft edited = new ScenarioDraft(original.draft().name(), "总部调整过", original.draft().year(), null,
				original.draft().changes().subList(0, 1));
		SignedIn.as(hq, () -> this.scenarios.update(ZONE, first, edited, hq.scope()));

		long second = scenarioFromPlan(DemoAccounts.DEPARTMENT);

		assertThat(second).isNotEqualTo(first);
		SavedScenario kept = this.scenarios.get(ZONE, first, hq.scope());
		assertThat(kept.draft().description()).isEqualTo("总部调整过");
		assertThat(kept.draft().changes()).hasSize(1);
		assertThat(kept.updatedBy()).isEqualTo(DemoAccounts.HEADQUARTERS);
		SavedScenario copy = this.scenarios.get(ZONE, second, hq.scope());
		assertThat(copy.draft().name()).isEqualTo(original.draft().name() + "(2)");
		assertThat(copy.draft().changes()).hasSize(original.draft().changes().size());
		assertThat(copy.createdBy()).isEqualTo(DemoAccounts.DEPARTMENT);
	}

	/** Finding 5: a count cannot be "set" or grown by a percentage; the row is named. */
	@Test
	void certificatesAndPlatformsOnlyAddACountAndOtherModesAreRefusedByRow() throws Exception {
		String setCertificates = evaluate("zh_CN", "rows[0].what", "FIGURE:fdi_actual", "rows[0].mode", "ADD",
				"rows[0].amount", "10", "rows[1].what", "HIGH_TECH", "rows[1].mode", "SET", "rows[1].amount", "50");
		assertThat(setCertificates).contains("第2项变更:高新技术企业证书只能按“增加”计数(填增加的数量),不能选“设为”")
			.doesNotContain("id=\"scenario-outcome\"");
		String percentPlatforms = evaluate("en", "rows[0].what", "PLATFORM:INCUBATOR", "rows[0].mode", "PERCENT",
				"rows[0].amount", "50", "rows[0].level", "MUNICIPAL");
		assertThat(percentPlatforms).contains("Change 1: New platforms can only be added as a count")
			.doesNotContain("id=\"scenario-outcome\"");
		String added = evaluate("zh_CN", "rows[0].what", "PLATFORM:INCUBATOR", "rows[0].mode", "ADD", "rows[0].amount",
				"2", "rows[0].level", "MUNICIPAL");
		assertThat(added).contains("id=\"scenario-outcome\"", "新增2个孵化器");
		// the comparison states its values with their units, grouped (finding 15)
		assertThat(added).containsPattern("(?s)id=\"compare-C05\".*?≥ 5,000万美元.*?4,280万美元");
		// adding is offered first, so a row left at its default adds
		assertThat(added).containsPattern("<select[^>]*rows0\\.mode[^>]*>\\s*<option value=\"ADD\"");
	}

	/**
	 * Finding 6: the chain leader opens a zone scenario naming enterprises off the chain:
	 * it opens, and says what was left out and why.
	 */
	@Test
	void theChainLeaderOpensAScenarioAboutEnterprisesOffTheChain() throws Exception {
		long id = scenarioFromPlan(DemoAccounts.HEADQUARTERS);
		GaoxinPrincipal chain = principal(DemoAccounts.CHAIN_LEADER);
		SavedScenario saved = this.scenarios.get(ZONE, id, principal(DemoAccounts.HEADQUARTERS).scope());
		long offChain = saved.draft()
			.changes()
			.stream()
			.filter((c) -> this.enterprises.find(c.enterpriseId(), chain.scope()).isEmpty())
			.count();
		assertThat(offChain).as("the plan names enterprises off the chain").isPositive();
		String zh = page(get("/targets/scenarios").param("zone", ZONE).param("id", "" + id).param("lang", "zh_CN"),
				DemoAccounts.CHAIN_LEADER);
		assertThat(zh)
			.contains("id=\"scenario-left-out\"", "本方案有" + offChain + "项变更涉及您数据范围以外的企业,已略去", "id=\"scenario-outcome\"")
			.doesNotContain("请填写本园区企业的统一社会信用代码", "id=\"scenario-error\"");
		String en = page(get("/targets/scenarios").param("zone", ZONE).param("id", "" + id).param("lang", "en"),
				DemoAccounts.CHAIN_LEADER);
		assertThat(en)
			.contains("Changes left out: " + offChain + ", because they concern enterprises outside your data scope");
		String api = this.mvc
			.perform(get("/api/v1/zones/" + ZONE + "/scenarios/" + id + "/evaluation").with(user(chain)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(api).contains("target.scenario.outOfScope");
	}

	/**
	 * Finding 17: an enterprise's figure is in thousand yuan, said in the form and the
	 * summary.
	 */
	@Test
	void anEnterpriseFigureCarriesItsUnitInTheFormAndTheSummary() throws Exception {
		Enterprise someone = this.enterprises.find(firstCandidate(), principal(DemoAccounts.HEADQUARTERS).scope())
			.orElseThrow();
		String zh = evaluate("zh_CN", "rows[0].what", "REPORT:rd_expense", "rows[0].creditCode", someone.creditCode(),
				"rows[0].mode", "ADD", "rows[0].amount", "40");
		assertThat(zh).contains("(千元)</option>", "增加40千元");
		String en = evaluate("en", "rows[0].what", "REPORT:rd_expense", "rows[0].creditCode", someone.creditCode(),
				"rows[0].mode", "ADD", "rows[0].amount", "40");
		assertThat(en).contains("(thousand yuan)</option>", "plus 40 thousand yuan");
	}

	/** Finding 18: the form offers more rows and says how. */
	@Test
	void theScenarioFormAddsRowsKeepingWhatWasTyped() throws Exception {
		String blank = page(get("/targets/scenarios").param("zone", ZONE).param("lang", "zh_CN"),
				DemoAccounts.HEADQUARTERS);
		assertThat(blank).contains("id=\"scenario-more-rows\"", "增加变更行", "id=\"more-rows-hint\"");
		assertThat(count(blank, "name=\"rows\\[\\d+\\]\\.what\"")).isEqualTo(3);
		String more = this.mvc
			.perform(post("/targets/scenarios/evaluate").param("zone", ZONE)
				.param("year", "2021")
				.param("more", "1")
				.param("rows[0].what", "HIGH_TECH")
				.param("rows[0].amount", "3")
				.param("rows[1].what", "")
				.with(user(principal(DemoAccounts.HEADQUARTERS)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(count(more, "name=\"rows\\[\\d+\\]\\.what\"")).isEqualTo(7);
		assertThat(more).contains("value=\"3\"").doesNotContain("id=\"scenario-outcome\"");
	}

	/** Finding 19: a budget refused is a 400, told beside the budget form. */
	@Test
	void aNegativeBudgetIsRefusedBesideTheBudgetForm() throws Exception {
		String page = this.mvc
			.perform(get("/targets/path").param("zone", ZONE)
				.param("year", "2021")
				.param("budget", "-1")
				.param("lang", "zh_CN")
				.with(user(principal(DemoAccounts.HEADQUARTERS))))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String budget = page.substring(page.indexOf("id=\"budget\""));
		assertThat(budget).contains("id=\"budget-error\"", "“预算(元)”不能为负数");
		assertThat(budget.indexOf("id=\"budget-error\"")).isLessThan(budget.indexOf("id=\"budget-form\""));
		assertThat(page).doesNotContain("id=\"path-error\"");
	}

	/** Finding 3 (the page's side): the costs are saved by a POST form of their own. */
	@Test
	void theUnitCostsAreSavedByAFormOfTheirOwn() throws Exception {
		String page = page(get("/targets/path").param("zone", ZONE).param("year", "2021"), DemoAccounts.HEADQUARTERS);
		Matcher costs = Pattern.compile("(?s)<form[^>]*id=\"costs-form\".*?</form>").matcher(page);
		assertThat(costs.find()).isTrue();
		assertThat(costs.group()).contains("method=\"post\"", "name=\"_csrf\"", "id=\"costs-save\"");
		Matcher budget = Pattern.compile("(?s)<form[^>]*id=\"budget-form\".*?</form>").matcher(page);
		assertThat(budget.find()).isTrue();
		assertThat(budget.group()).doesNotContain("formaction", "costs-save");
	}

	/** Finding 20: deleting a scenario is a step of its own that asks first. */
	@Test
	void deletingAScenarioAsksFirst() throws Exception {
		long id = scenarioFromPlan(DemoAccounts.HEADQUARTERS);
		String page = page(get("/targets/scenarios").param("zone", ZONE).param("id", "" + id).param("lang", "zh_CN"),
				DemoAccounts.HEADQUARTERS);
		assertThat(page).containsPattern(
				"(?s)<details[^>]*id=\"scenario-delete-step\">.*删除后园区内所有人都将看不到它.*id=\"scenario-delete-confirm\"");
	}

	/** Finding 22: the metric form's words. */
	@Test
	void theMetricFormNamesUnitsAndStandardsPlainly() throws Exception {
		String page = page(get("/targets").param("zone", ZONE).param("year", "2021").param("lang", "zh_CN"),
				DemoAccounts.HEADQUARTERS);
		String form = page.substring(page.indexOf("id=\"metric-form\""));
		assertThat(form).contains(">家(企业)</option>", ">家(机构)</option>", "核心指标达标数:代码一栏填core")
			.doesNotContain(">CQ-MUNICIPAL-HTZ</option>", "无需填写代码");
		this.mvc
			.perform(post("/targets/metrics").param("zone", ZONE)
				.param("year", "2021")
				.param("key", "fdi_review")
				.param("kind", "FIGURE")
				.param("reference", "fdi_actual")
				.param("unit", "WAN_USD")
				.param("nameZh", "外资")
				.with(user(principal(DemoAccounts.HEADQUARTERS)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect((result) -> assertThat((java.util.Map<String, Object>) result.getFlashMap())
				.containsEntry("metricSaved", "fdi_review")
				.doesNotContainKey("saved"));
		String core = page(get("/targets").param("zone", ZONE).param("year", "2021").param("lang", "zh_CN"),
				DemoAccounts.HEADQUARTERS);
		assertThat(core).contains("市级认定核心指标达标数</span> <small class=\"text-secondary\">(项)</small>");
	}

	/**
	 * Findings 15 and 16: numbers with their units, grouped, money in a readable unit.
	 */
	@Test
	void numbersCarryTheirUnitsAndMoneyStaysReadableInEnglish() throws Exception {
		String zh = page(get("/targets").param("zone", ZONE).param("year", "2021").param("lang", "zh_CN"),
				DemoAccounts.HEADQUARTERS);
		assertThat(zh).containsPattern("C05 实际利用外资</span>:\\s*<span>[0-9,]+万美元,要求≥ 5,000万美元");
		assertThat(zh).containsPattern("target-value\">≥ 70家</td>");
		String en = page(get("/targets/path").param("zone", ZONE)
			.param("year", "2021")
			.param("budget", "2000000")
			.param("lang", "en"), DemoAccounts.HEADQUARTERS);
		assertThat(en).doesNotContain("0.01 million yuan", ">0 million yuan").contains("thousand yuan");
		assertThat(en).containsPattern("id=\"figure-C05\"(?s).*?10k USD");
		String path = page(get("/targets/path").param("zone", ZONE).param("year", "2021").param("lang", "zh_CN"),
				DemoAccounts.HEADQUARTERS);
		assertThat(path).containsPattern("(?s)id=\"goal-threshold\".*?[0-9.,]+万元");
	}

	/**
	 * Finding 24: the forecastless headline, a certificate held already, the chain's
	 * view, the enterprise.
	 */
	@Test
	void smallerFindingsOfTheReview() throws Exception {
		String early = page(get("/targets").param("zone", ZONE).param("year", "2018").param("lang", "en"),
				DemoAccounts.HEADQUARTERS);
		String headline = early.substring(early.indexOf("id=\"headline\""), early.indexOf("id=\"no-targets\"") > 0
				? early.indexOf("id=\"no-targets\"") : early.indexOf("id=\"target-table\""));
		assertThat(headline).contains("too few years to forecast")
			.doesNotContain("Too few years to forecast")
			.doesNotContain("achieved —")
			.contains("a yes/no fact, not forecast");

		GaoxinPrincipal hq = principal(DemoAccounts.HEADQUARTERS);
		Set<Long> held = this.certificates.highTechIn(ZONE, 2021);
		Enterprise holder = held.stream()
			.map((id) -> this.enterprises.find(id, hq.scope()))
			.flatMap(java.util.Optional::stream)
			.findFirst()
			.orElseThrow();
		String certificate = evaluate("zh_CN", "rows[0].what", "HIGH_TECH", "rows[0].creditCode", holder.creditCode(),
				"rows[0].amount", "1");
		assertThat(certificate).contains("1家企业2021年已持有有效的高新技术企业证书,高企数不因此增加:" + holder.name())
			.doesNotContain("指定的1家企业获得");

		assertThat(page(get("/targets/path").param("zone", ZONE).param("year", "2021"), DemoAccounts.CHAIN_LEADER))
			.contains("id=\"chain-limited\"", "只含您所负责产业链上的企业");
		assertThat(page(get("/targets/path").param("zone", ZONE).param("year", "2021"), DemoAccounts.HEADQUARTERS))
			.doesNotContain("id=\"chain-limited\"");

		for (String route : List.of("/targets", "/targets/path", "/targets/scenarios")) {
			this.mvc.perform(get(route).with(user(principal(DemoAccounts.ENTERPRISE))))
				.andExpect(status().isForbidden());
		}
	}

	/**
	 * Finding 14: the audit log says why a target changed, names a scenario's
	 * enterprises, logs no empty change and no bare version counter.
	 */
	@Test
	void theAuditLogSaysWhyAndNamesTheEnterprises() throws Exception {
		this.mvc
			.perform(post("/targets").param("zone", ZONE)
				.param("year", "2021")
				.param("metric", "high_tech_enterprises")
				.param("targetYear", "2024")
				.param("value", "72")
				.param("note", "评审:提高目标")
				.with(user(principal(DemoAccounts.HEADQUARTERS)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String targets = page(get("/audit").param("entity", "zone_target").param("lang", "zh_CN"), DemoAccounts.ADMIN);
		assertThat(targets).contains("修改原因", "评审:提高目标").doesNotContain("version");
		String en = page(get("/audit").param("entity", "zone_target").param("lang", "en"), DemoAccounts.ADMIN);
		assertThat(en).contains("Reason for the change", "评审:提高目标").doesNotContain("version");

		GaoxinPrincipal hq = principal(DemoAccounts.HEADQUARTERS);
		long id = scenarioFromPlan(DemoAccounts.HEADQUARTERS);
		SavedScenario saved = this.scenarios.get(ZONE, id, hq.scope());
		SignedIn.as(hq, () -> this.scenarios.update(ZONE, id, new ScenarioDraft(saved.draft().name(), "说明",
				saved.draft().year(), saved.draft().standard(), saved.draft().changes()), hq.scope()));
		String name = this.enterprises.find(saved.draft().changes().get(0).enterpriseId(), hq.scope())
			.orElseThrow()
			.name();
		String scenarios = page(get("/audit").param("entity", "what_if_scenario").param("lang", "zh_CN"),
				DemoAccounts.ADMIN);
		assertThat(scenarios).contains(name)
			.containsPattern("(?s)<td class=\"text-nowrap\">修改</td>\\s*<td>假设方案</td>.*?<td>说明</td>")
			.doesNotContain("企业 #")
			.doesNotContainPattern("<div>标准:");
	}

	private long scenarioFromPlan(String who) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/targets/path/scenario").param("zone", ZONE)
				.param("year", "2021")
				.param("goal", "2024")
				.param("lang", "zh_CN")
				.with(user(principal(who)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String url = result.getResponse().getRedirectedUrl();
		return Long.parseLong(url.substring(url.indexOf("&id=") + 4));
	}

	private long firstCandidate() throws Exception {
		long id = scenarioFromPlan(DemoAccounts.HEADQUARTERS);
		return this.scenarios.get(ZONE, id, principal(DemoAccounts.HEADQUARTERS).scope())
			.draft()
			.changes()
			.get(0)
			.enterpriseId();
	}

	private String evaluate(String lang, String... params) throws Exception {
		MockHttpServletRequestBuilder request = post("/targets/scenarios/evaluate").param("zone", ZONE)
			.param("year", "2021")
			.param("lang", lang);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request.with(user(principal(DemoAccounts.HEADQUARTERS))).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static int count(String html, String regex) {
		return (int) Pattern.compile(regex).matcher(html).results().count();
	}

	private GaoxinPrincipal principal(String name) {
		return (GaoxinPrincipal) this.users.loadUserByUsername(name);
	}

	private String page(MockHttpServletRequestBuilder request, String user) throws Exception {
		return this.mvc.perform(request.with(user(principal(user))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
