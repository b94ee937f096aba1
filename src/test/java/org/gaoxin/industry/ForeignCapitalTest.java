package org.gaoxin.industry;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.evaluation.Evaluator;
import org.gaoxin.evaluation.IndicatorResult;
import org.gaoxin.standard.Standards;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A standard chooses the foreign capital it reads: the figure the commerce department
 * reports ({@code fdi_actual}, the built-in standard's C05) or the projects' sum
 * ({@code fdi_projects}). A foreign project moved to production with capital utilised
 * changes the next evaluation of the second and not of the first; the two are shown side
 * by side, the reported figure never replaced.
 */
@DemoApplicationTest
@Transactional
class ForeignCapitalTest {

	private static final DataScope ADMIN = DataScope.everything(Role.ADMIN);

	private static final String PROJECTS_STANDARD = """
			code: FDI-PROJECTS
			version: "1"
			name: {zh: 按项目汇总的外资标准, en: Foreign capital from projects}
			verdict: {core_share_met: 0.85, max_relative_gap: 0.2, pilot_deadline_years: 3}
			categories: [{code: a, zh: 甲, en: A}]
			indicators:
			  - {code: F1, category: a, zh: 实际利用外资, en: Foreign capital, unit: WAN_USD, formula: fdi_projects, rule: ">=", threshold: 5000}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Evaluator evaluator;

	@Autowired
	Standards standards;

	@Autowired
	ForeignCapital foreignCapital;

	@BeforeEach
	void uploadTheStandardThatReadsTheProjects() {
		this.standards.upload("fdi.yaml", PROJECTS_STANDARD.getBytes(StandardCharsets.UTF_8), ADMIN);
	}

	@Test
	void aProjectInProductionChangesTheIndicatorOnlyWhereTheStandardReadsTheProjects() throws Exception {
		BigDecimal reportedBefore = value("CQ-MUNICIPAL-HTZ", "C05");
		BigDecimal projectsBefore = value("FDI-PROJECTS", "F1");
		// the demo's started foreign projects of 2021: 6,000 万 HKD at 0.1289 and 1,200 万
		// USD
		assertThat(projectsBefore).isEqualByComparingTo("1973.40");
		assertThat(reportedBefore).isEqualByComparingTo("4280");

		GaoxinPrincipal leader = principal(DemoAccounts.CHAIN_LEADER);
		String created = this.mvc
			.perform(post("/api/v1/chains/QJ-SILK/projects").contentType(MediaType.APPLICATION_JSON).content("""
					{"name": "意大利丝绸面料项目", "link": "QJ-SILK-WEAVE", "investor": "Seta Srl", "foreignInvestor": true,
					 "country": "意大利", "currency": "EUR", "plannedAmount": 2000, "plannedUsdRate": 1.1,
					 "responsible": "区商务委 刘洋", "openedOn": "2021-02-01"}""").with(user(leader)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.stage").value("LEAD"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		stage(leader, id, "SIGNED", 0);
		this.mvc
			.perform(post("/investment/projects/{id}/utilisation", id).param("year", "2021")
				.param("amount", "1000")
				.param("usdRate", "1.18")
				.param("version", "1")
				.with(user(leader))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		// signed, not started: the capital has not arrived in the projects' sum
		assertThat(value("FDI-PROJECTS", "F1")).isEqualByComparingTo(projectsBefore);

		stage(leader, id, "IN_PRODUCTION", 2);
		assertThat(value("FDI-PROJECTS", "F1")).isEqualByComparingTo(projectsBefore.add(new BigDecimal("1180")));
		assertThat(value("CQ-MUNICIPAL-HTZ", "C05")).as("the reported figure is not replaced")
			.isEqualByComparingTo(reportedBefore);

		// the next evaluation through the API says the same
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/evaluations").param("year", "2021")
				.param("standard", "FDI-PROJECTS")
				.with(user(principal(DemoAccounts.HEADQUARTERS))))
			.andExpect(jsonPath("$.indicators[0].value").value(3153.4));
		// and the reconciliation shows both with their difference
		FdiYear year = this.foreignCapital.reconciliation("QJ-HTZ", ADMIN)
			.stream()
			.filter((y) -> y.year() == 2021)
			.findFirst()
			.orElseThrow();
		assertThat(year.reported()).isEqualByComparingTo("4280");
		assertThat(year.projects()).isEqualByComparingTo("3153.40");
		assertThat(year.difference()).isEqualByComparingTo("-1126.60");
	}

	@Test
	void aStageChangeIsAuditedAndAStaleOneIsAConflict() throws Exception {
		GaoxinPrincipal hq = principal(DemoAccounts.HEADQUARTERS);
		InvestmentProject project = anyProject();
		stage(hq, project.id(), "NEGOTIATING", project.version());
		this.mvc
			.perform(post("/api/v1/chains/projects/{id}/stage", project.id()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"stage\": \"SIGNED\", \"version\": " + project.version() + "}")
				.with(user(hq)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("chain.conflict"));
		this.mvc.perform(get("/investment/projects/{id}", project.id()).with(user(hq)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("洽谈")));
	}

	@Test
	void theFormulaVariableIsOfferedToStandardsAndMissingWithoutProjects() {
		assertThat(this.evaluator.unknownInputs(null, "fdi_projects - fdi_actual")).isEmpty();
		// a zone that keeps no projects has nothing to add up: missing, not zero
		assertThat(this.foreignCapital.fromProjects("WL-IP", 2021)).isEmpty();
	}

	private InvestmentProject anyProject() {
		return this.projectsOf("QJ-HTZ")
			.stream()
			.filter((p) -> p.stage() == ProjectStage.LEAD)
			.findFirst()
			.orElseThrow();
	}

	@Autowired
	InvestmentProjects projects;

	private java.util.List<InvestmentProject> projectsOf(String zone) {
		return this.projects.inZone(zone, ADMIN);
	}

	private void stage(GaoxinPrincipal who, long id, String stage, int version) throws Exception {
		this.mvc
			.perform(post("/api/v1/chains/projects/{id}/stage", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"stage\": \"" + stage + "\", \"version\": " + version + "}")
				.with(user(who)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value(stage));
	}

	private BigDecimal value(String standard, String indicator) {
		IndicatorResult result = this.evaluator.evaluate("QJ-HTZ", 2021, standard, false, ADMIN)
			.indicators()
			.stream()
			.filter((r) -> r.code().equals(indicator))
			.findFirst()
			.orElseThrow();
		return result.value();
	}

	private GaoxinPrincipal principal(String name) {
		return (GaoxinPrincipal) this.users.loadUserByUsername(name);
	}

}
