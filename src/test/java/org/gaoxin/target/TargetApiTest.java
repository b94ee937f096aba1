package org.gaoxin.target;

import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The API for targets, forecasts, scenarios and the path (HTTP Basic, OpenAPI). */
@DemoApplicationTest
class TargetApiTest {

	private static final String SCENARIO = """
			{"name": "API: 三项补齐", "year": 2021, "standard": "CQ-MUNICIPAL-HTZ", "changes": [
			  {"kind": "HIGH_TECH", "mode": "ADD", "amount": 3},
			  {"kind": "FIGURE", "reference": "secondary_tertiary_output", "mode": "PERCENT", "amount": 10},
			  {"kind": "FIGURE", "reference": "fdi_actual", "mode": "PERCENT", "amount": 20}]}""";

	@Autowired
	MockMvc mvc;

	@Test
	void forecastsSayTheStatusOfEveryTarget() throws Exception {
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/forecasts").param("year", "2021")
				.param("lang", "en")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2021))
			.andExpect(jsonPath("$.metrics[0].metric.key").value("high_tech_enterprises"))
			.andExpect(jsonPath("$.metrics[0].targets[0].target.value").value(70))
			.andExpect(jsonPath("$.metrics[0].targets[0].required.rate").value(0.236798))
			.andExpect(jsonPath("$.metrics[0].targets[0].status").value("OFF_COURSE"))
			.andExpect(jsonPath("$.metrics[0].backtest.predicted").value(36))
			.andExpect(jsonPath("$.headline.year").value(2024))
			.andExpect(jsonPath("$.worsening[0].reason.text").value(containsString("Off course")));
	}

	@Test
	void thePathNamesTheCandidatesForEachGoal() throws Exception {
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/path").param("year", "2021")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.highTech.current").value(37))
			.andExpect(jsonPath("$.highTech.goals[0].goal").value(40))
			.andExpect(jsonPath("$.highTech.goals[0].candidates.length()").value(3))
			.andExpect(jsonPath("$.highTech.goals[1].totals.enterprises").value(33))
			.andExpect(jsonPath("$.figures[*].indicator.code", hasItem("C05")));
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/path/budget").param("year", "2021")
				.param("budget", "500000")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.budget").value(500000))
			.andExpect(jsonPath("$.costs.zoneSpecific").value(false));
	}

	@Test
	void aScenarioIsEvaluatedWithoutSavingAndARefusalSaysWhy() throws Exception {
		this.mvc
			.perform(post("/api/v1/zones/QJ-HTZ/scenarios/evaluate").contentType(MediaType.APPLICATION_JSON)
				.content(SCENARIO)
				.with(httpBasic(DemoAccounts.VIEWER, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.actual.verdict.outcome").value("PILOT"))
			.andExpect(jsonPath("$.scenario.verdict.outcome").value("ACCREDITED"));
		this.mvc.perform(post("/api/v1/zones/QJ-HTZ/scenarios/evaluate").contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"name": "x", "year": 2021, "changes": [{"kind": "FIGURE", "reference": "nothing", "mode": "SET", "amount": 1}]}""")
			.param("lang", "en")
			.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Bad request"))
			.andExpect(jsonPath("$.detail").value("Change 1: There is no zone figure nothing"))
			.andExpect(jsonPath("$.code").value("target.scenario.error.row"))
			.andExpect(jsonPath("$.field").value("changes[0]"));
	}

	@Test
	@Transactional
	void theZonesStaffSaveScenariosAViewerCannot() throws Exception {
		this.mvc
			.perform(post("/api/v1/zones/QJ-HTZ/scenarios").contentType(MediaType.APPLICATION_JSON)
				.content(SCENARIO)
				.with(httpBasic(DemoAccounts.VIEWER, DemoAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
		String created = this.mvc
			.perform(post("/api/v1/zones/QJ-HTZ/scenarios").contentType(MediaType.APPLICATION_JSON)
				.content(SCENARIO)
				.with(httpBasic(DemoAccounts.DEPARTMENT, DemoAccounts.PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.draft.changes.length()").value(3))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/scenarios/" + id + "/evaluation")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scenario.verdict.outcome").value("ACCREDITED"));
		this.mvc
			.perform(delete("/api/v1/zones/QJ-HTZ/scenarios/" + id)
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isNoContent());
	}

	@Test
	@Transactional
	void headquartersChangesATargetAndItsVersionsShowWhatItWas() throws Exception {
		this.mvc
			.perform(put("/api/v1/zones/QJ-HTZ/targets/high_tech_enterprises/2024")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"value": 72, "note": "市里调整"}""")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2));
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/targets/high_tech_enterprises/2024/versions")
				.with(httpBasic(DemoAccounts.VIEWER, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].value").value(70))
			.andExpect(jsonPath("$[1].value").value(72))
			.andExpect(jsonPath("$[1].note").value("市里调整"))
			.andExpect(jsonPath("$[1].changedBy").value(DemoAccounts.HEADQUARTERS));
		this.mvc
			.perform(put("/api/v1/zones/QJ-HTZ/targets/high_tech_enterprises/2024")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"value": 1}""")
				.with(httpBasic(DemoAccounts.DEPARTMENT, DemoAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void anEnterpriseUserReadsNoZoneTargets() throws Exception {
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/forecasts")
				.with(httpBasic(DemoAccounts.ENTERPRISE, DemoAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/targets")
				.with(httpBasic(DemoAccounts.CHAIN_LEADER, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void theOpenApiDocumentDescribesTheTargetEndpoints() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(httpBasic(DemoAccounts.ADMIN, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/zones/{zone}/forecasts")))
			.andExpect(content().string(containsString("/api/v1/zones/{zone}/scenarios/evaluate")))
			.andExpect(content().string(containsString("/api/v1/zones/{zone}/path/budget")));
	}

}
