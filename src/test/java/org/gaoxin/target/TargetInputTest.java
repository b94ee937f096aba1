package org.gaoxin.target;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the targets module takes at its edge (docs/VALIDATION.md), as the reviewer of
 * issue 11 sent it: every number bounded before it is expanded and range-checked, every
 * missing field named, every refusal a problem in the reader's language with its field
 * and rule, one rule for target years.
 */
@DemoApplicationTest
class TargetInputTest {

	private static final String BASE = "/api/v1/zones/QJ-HTZ";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	// finding 1: a huge budget took 24 seconds and came back written out

	@Test
	void aHugeBudgetIsRefusedAtOnceNamingTheField() throws Exception {
		for (String huge : new String[] { "1e400", "1e40000", "9".repeat(1200), "1e100000", "1e10000000" }) {
			long started = System.nanoTime();
			this.mvc.perform(api(get(BASE + "/path/budget").param("year", "2021").param("budget", huge)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.title").value("请求有误"))
				.andExpect(jsonPath("$.field").value("budget"))
				.andExpect(jsonPath("$.rule").value("digits"));
			assertThat((System.nanoTime() - started) / 1_000_000).as(huge.substring(0, 5)).isLessThan(2000);
		}
	}

	@Test
	void aHugeBudgetOnThePathPageComesBackOnThePageNamingTheField() throws Exception {
		this.mvc
			.perform(get("/targets/path").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("budget", "1e100000")
				.with(user(principal(DemoAccounts.HEADQUARTERS))))
			.andExpect(status().isBadRequest())
			.andExpect(model().attribute("errorField", "budget"))
			.andExpect(model().attribute("budget", "1e100000"))
			.andExpect(model().attributeDoesNotExist("plan"));
	}

	// finding 1 and 11: a huge scenario value was evaluated, and failed only at the
	// database when saved

	@Test
	void aHugeScenarioValueIsRefusedOnTheFormByItsRowAndFieldAndWhatWasTypedStays() throws Exception {
		for (String action : new String[] { "evaluate", "save" }) {
			MvcResult result = this.mvc
				.perform(post("/targets/scenarios/" + action).param("zone", "QJ-HTZ")
					.param("year", "2021")
					.param("name", "巨大数值")
					.param("rows[0].what", "FIGURE:fdi_actual")
					.param("rows[0].mode", "SET")
					.param("rows[0].amount", (action.equals("save") ? "1e400" : "1e100000"))
					.with(user(principal(DemoAccounts.HEADQUARTERS)))
					.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(model().attribute("errorField", "changes[0].amount"))
				.andExpect(model().attributeDoesNotExist("outcome"))
				.andReturn();
			String page = result.getResponse().getContentAsString();
			assertThat(page).contains("第1项变更:“数值”的数字过长:整数部分最多 16 位,小数最多 4 位")
				.contains(action.equals("save") ? "value=\"1e400\"" : "value=\"1e100000\"")
				.doesNotContain("数据库不接受");
		}
	}

	@Test
	void aHugeScenarioValueIsRefusedByTheApiAtItsPath() throws Exception {
		this.mvc.perform(api(post(BASE + "/scenarios")).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "巨大", "year": 2021, "changes": [
				  {"kind": "FIGURE", "reference": "fdi_actual", "mode": "ADD", "amount": 1},
				  {"kind": "FIGURE", "reference": "fdi_actual", "mode": "SET", "amount": 1e18}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("changes[1].amount"))
			.andExpect(jsonPath("$.rule").value("digits"))
			.andExpect(jsonPath("$.detail").value("第2项变更:“数值”的数字过长:整数部分最多 16 位,小数最多 4 位"));
		// read by the body's reader: named by its path, never by an empty name
		this.mvc
			.perform(api(post(BASE + "/scenarios/evaluate")).contentType(MediaType.APPLICATION_JSON)
				.param("lang", "en")
				.content("{\"year\": 2021, \"changes\": [{\"kind\": \"FIGURE\", \"reference\": \"fdi_actual\", "
						+ "\"mode\": \"SET\", \"amount\": 1e400}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("changes[0].amount"))
			.andExpect(jsonPath("$.rule").value("digits"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("'changes[0].amount' is too long")));
	}

	// finding 2: missing fields were a NullPointerException and a 500

	@Test
	void aTargetWithoutAValueIsRefusedNamingTheField() throws Exception {
		for (String body : new String[] { "{}", "{\"comparison\": \"AT_LEAST\"}" }) {
			this.mvc
				.perform(api(put(BASE + "/targets/rd_intensity/2024")).contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("value"))
				.andExpect(jsonPath("$.rule").value("required"))
				.andExpect(jsonPath("$.detail").value("“value”必填"));
		}
	}

	@Test
	void aMetricWithoutItsKindNameOrUnitIsRefusedNamingTheField() throws Exception {
		String full = "\"kind\": \"FIGURE\", \"reference\": \"gdp\", \"unit\": \"WAN_YUAN\", "
				+ "\"name\": {\"zh\": \"生产总值\", \"en\": \"GDP\"}";
		for (String field : new String[] { "kind", "name", "unit", "reference" }) {
			String body = "{"
					+ full.replaceAll("\"" + field + "\": (\\{[^}]*}|\"[^\"]*\"),? ?", "").replaceAll(", $", "") + "}";
			this.mvc.perform(api(put(BASE + "/metrics/zz1")).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value(field))
				.andExpect(jsonPath("$.rule").value("required"));
		}
		this.mvc.perform(api(put(BASE + "/metrics/zz1")).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("kind"));
	}

	// finding 21: a metric's standard and its position

	@Test
	void anIndicatorWithoutAStandardAndAPositionOutOfRangeSaySo() throws Exception {
		for (String kind : new String[] { "INDICATOR", "CORE_MET" }) {
			this.mvc
				.perform(api(put(BASE + "/metrics/zz1")).contentType(MediaType.APPLICATION_JSON)
					.content("{\"kind\": \"" + kind
							+ "\", \"reference\": \"C07\", \"unit\": \"ENTERPRISES\", \"name\": {\"zh\": \"测试\"}}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("standard"))
				.andExpect(jsonPath("$.rule").value("required"));
		}
		this.mvc
			.perform(api(put(BASE + "/metrics/zz1")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"FIGURE\", \"reference\": \"gdp\", \"unit\": \"ENTERPRISES\", "
						+ "\"name\": {\"zh\": \"测试\"}, \"position\": 99999999999}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("position"))
			.andExpect(jsonPath("$.rule").value("range"))
			.andExpect(jsonPath("$.detail").value("“position”须为 -2147483648 至 2147483647 之间的整数"));
	}

	// finding 7: 422 with an English title and no field

	@Test
	void theTargetApisRefusalsAreTheHousesProblems() throws Exception {
		this.mvc.perform(api(get(BASE + "/forecasts").param("year", "abc")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("请求有误"))
			.andExpect(jsonPath("$.field").value("year"))
			.andExpect(jsonPath("$.rule").value("year"));
		this.mvc
			.perform(api(put(BASE + "/targets/no_such_metric/2024")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"value\": 1}"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("未找到"))
			.andExpect(jsonPath("$.detail").value("园区没有名为 no_such_metric 的目标指标"));
		this.mvc.perform(api(get(BASE + "/path/budget").param("budget", "-1")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("budget"))
			.andExpect(jsonPath("$.rule").value("negative"));
		this.mvc.perform(api(post(BASE + "/scenarios")).contentType(MediaType.APPLICATION_JSON).content("""
				{"year": 2021, "changes": []}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("name"))
			.andExpect(jsonPath("$.rule").value("required"));
		this.mvc.perform(api(get(BASE + "/path/budget").param("budget", "1e400").param("lang", "en")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Bad request"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("'budget' is too long a number")));
	}

	@Test
	@Transactional
	void aTakenScenarioNameIsAConflict() throws Exception {
		String scenario = """
				{"name": "重名", "year": 2021, "changes": [{"kind": "HIGH_TECH", "mode": "ADD", "amount": 1}]}""";
		this.mvc.perform(api(post(BASE + "/scenarios")).contentType(MediaType.APPLICATION_JSON).content(scenario))
			.andExpect(status().isCreated());
		this.mvc.perform(api(post(BASE + "/scenarios")).contentType(MediaType.APPLICATION_JSON).content(scenario))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("保存冲突"))
			.andExpect(jsonPath("$.code").value("target.scenario.error.duplicate"));
	}

	// finding 8: negative and invalid values silently ignored or accepted

	@Test
	void aNegativeOrHugeUnitCostIsRefusedNamingTheField() throws Exception {
		this.mvc.perform(api(get(BASE + "/path/budget").param("budget", "500000").param("rd", "-1")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("rd"))
			.andExpect(jsonPath("$.rule").value("negative"));
		this.mvc.perform(api(get(BASE + "/path/budget").param("budget", "500000").param("ip", "1e400")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("ip"))
			.andExpect(jsonPath("$.rule").value("digits"));
		// one cost given replaces the zone's, the others stay
		this.mvc.perform(api(get(BASE + "/path/budget").param("budget", "500000").param("staff", "1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.costs.stStaff").value(1))
			.andExpect(jsonPath("$.costs.ipItem").value(30000));
		this.mvc
			.perform(get("/targets/path").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("budget", "2000000")
				.param("rd", "-5")
				.with(user(principal(DemoAccounts.HEADQUARTERS))))
			.andExpect(status().isBadRequest())
			.andExpect(model().attribute("errorField", "rd"));
		this.mvc.perform(api(put(BASE + "/unit-costs")).contentType(MediaType.APPLICATION_JSON).content("""
				{"rdExpense": -1, "stStaff": 1, "ipItem": 1, "highTechRevenue": 1, "zoneSpecific": true}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("rdExpense"))
			.andExpect(jsonPath("$.rule").value("negative"));
	}

	@Test
	@Transactional
	void aNegativeUnitCostTypedOnThePageIsRefusedAndNothingIsSaved() throws Exception {
		this.mvc
			.perform(post("/targets/path/costs").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("rd", "-1")
				.param("staff", "80000")
				.param("ip", "30000")
				.param("revenue", "0.02")
				.with(user(principal(DemoAccounts.HEADQUARTERS)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("errorField", "rd"))
			.andExpect(flash().attributeCount(3));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM gap_unit_cost WHERE zone_code = 'QJ-HTZ'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aScenarioSetsNoNegativeFigureAndGrowsByNoLessThanMinusOneHundredPercent() throws Exception {
		Long enterprise = this.jdbc.sql("""
				SELECT e.id FROM enterprise e JOIN enterprise_report r ON r.enterprise_id = e.id
				WHERE e.zone_code = 'QJ-HTZ' AND r.report_year = 2021 AND r.status = 'APPROVED' ORDER BY e.id
				FETCH FIRST 1 ROWS ONLY""").query(Long.class).single();
		String[][] refused = {
				{ "{\"kind\": \"FIGURE\", \"reference\": \"fdi_actual\", \"mode\": \"PERCENT\", \"amount\": -200}",
						"min" },
				{ "{\"kind\": \"FIGURE\", \"reference\": \"fdi_actual\", \"mode\": \"SET\", \"amount\": -1}",
						"negative" },
				{ "{\"kind\": \"FIGURE\", \"reference\": \"fdi_actual\", \"mode\": \"ADD\", \"amount\": -100000}",
						"min" },
				{ "{\"kind\": \"REPORT\", \"enterpriseId\": " + enterprise
						+ ", \"reference\": \"rd_expense\", \"mode\": \"SET\", \"amount\": -100}", "negative" } };
		for (String[] change : refused) {
			this.mvc
				.perform(api(post(BASE + "/scenarios/evaluate")).contentType(MediaType.APPLICATION_JSON)
					.content("{\"year\": 2021, \"changes\": [" + change[0] + "]}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("changes[0].amount"))
				.andExpect(jsonPath("$.rule").value(change[1]));
		}
	}

	// finding 9: the web saved a 2030 target the API refused; the API took 2010

	@Test
	@Transactional
	void targetYearsFollowOneRuleInTheApiAndOnThePage() throws Exception {
		this.mvc
			.perform(api(put(BASE + "/targets/high_tech_enterprises/2030")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"value\": 150}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2030));
		this.mvc.perform(api(get(BASE + "/targets/high_tech_enterprises/2030/versions")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].value").value(150));
		this.mvc
			.perform(api(put(BASE + "/targets/high_tech_enterprises/2010")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"value\": 1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("targetYear"))
			.andExpect(jsonPath("$.rule").value("year"));
		this.mvc
			.perform(post("/targets").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("metric", "high_tech_enterprises")
				.param("targetYear", "2010")
				.param("value", "1")
				.with(user(principal(DemoAccounts.HEADQUARTERS)))
				.with(csrf()))
			.andExpect(flash().attribute("errorField", "targetYear"));
		this.mvc.perform(api(get(BASE + "/targets/high_tech_enterprises/2031/versions")))
			.andExpect(status().isNotFound());
	}

	// finding 12: a name only to evaluate

	@Test
	void aScenarioIsEvaluatedWithoutAName() throws Exception {
		this.mvc.perform(api(post(BASE + "/scenarios/evaluate")).contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"year": 2021, "changes": [{"kind": "FIGURE", "reference": "fdi_actual", "mode": "PERCENT", "amount": 20}]}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scenario.verdict.outcome").exists());
	}

	private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD));
	}

	private GaoxinPrincipal principal(String name) {
		return (GaoxinPrincipal) this.users.loadUserByUsername(name);
	}

}
