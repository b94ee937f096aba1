package org.gaoxin.evaluation;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.gaoxin.GaoxinApplication;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The web page, the API and the command line give the same evaluation of the demo zone.
 */
@DemoApplicationTest
class EvaluationInterfacesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@Test
	void apiGivesTheVerdictTheGapsAndTheStandardVersion() throws Exception {
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/evaluations").param("year", "2021")
				.param("standard", "CQ-MUNICIPAL-HTZ")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict.outcome").value("PILOT"))
			.andExpect(jsonPath("$.verdict.coreMet").value(20))
			.andExpect(jsonPath("$.verdict.coreTotal").value(23))
			.andExpect(jsonPath("$.verdict.deadlineYear").value(2024))
			.andExpect(jsonPath("$.standardVersion").value("2021-illustrative"))
			.andExpect(jsonPath("$.indicators[?(@.status == 'UNMET')].code")
				.value(org.hamcrest.Matchers.contains("C02", "C05", "C07")))
			.andExpect(jsonPath("$.indicators[6].inputs[0].records").value(37))
			.andExpect(jsonPath("$.indicators[6].formula").value("high_tech_enterprises"));
	}

	@Test
	void openApiDocumentsTheEndpointsForAuthenticatedClientsOnly() throws Exception {
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/v3/api-docs").with(httpBasic(DemoAccounts.VIEWER, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/zones/{zone}/evaluations'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/qualifications/self-assessment'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/enterprises/{creditCode}/qualifications'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/zones/{zone}/cultivation'].get").exists())
			// callers sign in with HTTP Basic: Swagger UI offers Authorize and sends it
			.andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
			.andExpect(jsonPath("$.security[0].basic").exists());
	}

	@Test
	void pageShowsTheSameVerdictAndColoursTheRows() throws Exception {
		var headquarters = this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS);
		String page = this.mvc
			.perform(get("/evaluation").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(headquarters)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"core-met\">20/23<", "以认促建试点", "须于2024年全面达标", "核心指标23项达标20项(87%,不低于85%)",
				"未达标:C07 高新技术企业数,差距7.5%(不超过20%)");
		assertThat(page.split("data-status=\"UNMET\"", -1)).hasSize(4);
		assertThat(page).containsPattern("id=\"indicator-C07\"\\s+data-status=\"UNMET\" class=\"table-warning\"");
		this.mvc
			.perform(get("/evaluation/explain").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("standard", "CQ-MUNICIPAL-HTZ")
				.param("indicator", "C07")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(headquarters)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("high_tech_enterprises")))
			.andExpect(content().string(containsString("共 37 条")));
	}

	@Test
	void inEnglishTheVerdictAndTheExplanationSayNothingInChinese() throws Exception {
		var headquarters = this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS);
		String page = this.mvc
			.perform(get("/evaluation").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("lang", "en")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(headquarters)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.substring(page.indexOf("id=\"verdict\"")))
			.contains("Pilot: accredit, then build", "20 of 23 core indicators met (87%, at least 85%)",
					"unmet: C07 High-tech enterprises, gap 7.5% (within 20%)", "every indicator to be met by 2024")
			.doesNotContainPattern("\\p{IsHan}");
		String explain = this.mvc
			.perform(get("/evaluation/explain").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("standard", "CQ-MUNICIPAL-HTZ")
				.param("indicator", "C03")
				.param("lang", "en")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(headquarters)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(explain.substring(explain.indexOf("<h1"), explain.indexOf("id=\"contributor-table\"")))
			.contains("Σ Industrial output (qc02), enterprises above designated size (490 of 490 enterprises reported)",
					"≥ 150", "100m yuan")
			.doesNotContainPattern("\\p{IsHan}");
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/evaluations").param("year", "2015")
				.param("lang", "en")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(jsonPath("$.verdict.reasons[1].text").value(
					"missing data: C02 Secondary and tertiary industry output (zone figure secondary_tertiary_output has no value for 2015)"));
	}

	@Test
	void theExportIsInTheReadersLanguage() throws Exception {
		var headquarters = this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS);
		String chinese = export(headquarters, "zh_CN");
		assertThat(chinese.lines().findFirst().orElseThrow())
			.isEqualTo("\uFEFF指标代码,指标,类别,状态,数值,要求,门槛值,单位,状态代码,差距,差距%,公式,结论");
		assertThat(chinese).contains("C07,高新技术企业数,", ",未达标,37,≥,40,家,UNMET,", "以认促建试点 20/23 2024");
		String english = export(headquarters, "en");
		assertThat(english.lines().findFirst().orElseThrow()).isEqualTo(
				"\uFEFFCode,Indicator,Category,Status,Value,Rule,Threshold,Unit,Status code,Gap,Gap %,Formula,Verdict");
		assertThat(english).contains("C07,High-tech enterprises,", ",Unmet,37,≥,40,enterprises,UNMET,",
				"Pilot: accredit, then build 20/23 2024");
		assertThat(english).doesNotContainPattern("\\p{IsHan}");
	}

	private String export(org.springframework.security.core.userdetails.UserDetails user, String lang)
			throws Exception {
		return new String(this.mvc
			.perform(get("/evaluation/export.csv").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("lang", lang)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void explanationListsTheEnterprisesBehindANumber() throws Exception {
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/evaluations/contributors").param("year", "2021")
				.param("aggregate", "high_tech_enterprises")
				.param("size", "10")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(37))
			.andExpect(jsonPath("$.items.length()").value(10));
	}

	@Test
	void chainLeaderSeesOnlyItsChainsEnterprisesBehindANumber() throws Exception {
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/evaluations/contributors").param("year", "2021")
				.param("aggregate", "chain_output")
				.param("size", "200")
				.with(httpBasic(DemoAccounts.CHAIN_LEADER, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name", org.hamcrest.Matchers.everyItem(
					org.hamcrest.Matchers.anyOf(containsString("茧丝"), containsString("丝绸"), containsString("服饰")))));
	}

	@Test
	void enterpriseUsersCannotEvaluateZones() throws Exception {
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/evaluations").param("year", "2021")
				.with(httpBasic(DemoAccounts.ENTERPRISE, DemoAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void commandLinePrintsTheSameResultInEveryFormat() {
		String table = run("table", "zh");
		assertThat(table).contains("PILOT", "20/23", "2024", "二三产业产值", "实际利用外资", "高新技术企业数", "以认促建试点", "须于2024年全面达标");
		assertThat(table).doesNotContain("Secondary and tertiary industry output", "core indicators met");
		String english = run("table", "en");
		assertThat(english).contains("PILOT", "20/23", "2024", "Secondary and tertiary industry output",
				"Foreign capital actually utilised", "High-tech enterprises", "every indicator to be met by 2024",
				"20 of 23 core indicators met");
		assertThat(english).doesNotContainPattern("\\p{IsHan}");
		String csv = run("csv", "zh");
		assertThat(csv.lines().filter((line) -> line.contains(",UNMET,")).map((line) -> line.substring(0, 3)))
			.containsExactly("C02", "C05", "C07");
		assertThat(csv).contains("PILOT,20,23,2024,CQ-MUNICIPAL-HTZ@2021-illustrative", "C02,二三产业产值,");
		String json = run("json", "zh");
		assertThat(json).contains("\"outcome\" : \"PILOT\"", "\"deadlineYear\" : 2024", "\"coreMet\" : 20",
				"\"code\" : \"evaluation.reason.pilot\"", "符合“以认促建”试点条件,须于2024年全面达标");
		assertThat(run("json", "en")).contains("\"outcome\" : \"PILOT\"",
				"fits the pilot conditions (accredit, then build): every indicator to be met by 2024");
	}

	@Test
	void aUserUploadsAStandardAndEvaluatesWithIt() throws Exception {
		byte[] file = new ClassPathResource("standards/uploaded-test-standard.yaml").getContentAsByteArray();
		this.mvc
			.perform(multipart("/api/v1/standards")
				.file(new MockMultipartFile("file", "mine.yaml", "application/yaml", file))
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/api/v1/standards")
				.file(new MockMultipartFile("file", "mine.yaml", "application/yaml", file))
				.with(httpBasic(DemoAccounts.ADMIN, DemoAccounts.PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value("TEST-UPLOAD"));
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/evaluations").param("year", "2021")
				.param("standard", "TEST-UPLOAD@2026.1")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.indicators[0].status").value("MET"))
			.andExpect(jsonPath("$.indicators[1].status").value("UNMET"))
			.andExpect(jsonPath("$.indicators[2].status").value("UNMET"))
			.andExpect(jsonPath("$.indicators[2].gapClass").value("LARGE"))
			.andExpect(jsonPath("$.verdict.outcome").value("NOT_QUALIFIED"));
		this.mvc.perform(get("/api/v1/standards").with(httpBasic(DemoAccounts.VIEWER, DemoAccounts.PASSWORD)))
			.andExpect(jsonPath("$[*].code", hasItem("TEST-UPLOAD")));
	}

	@Test
	void aBrokenUploadIsRefusedWithEveryProblem() throws Exception {
		String broken = "code: BAD\nversion: \"1\"\nname: {zh: 坏}\nverdict: {core_share_met: 2, max_relative_gap: 0.1, pilot_deadline_years: 1}\n"
				+ "categories: [{code: a, zh: 甲}]\nindicators:\n  - {code: X, category: a, zh: x, unit: KM2, formula: nonsense, rule: \">=\", threshold: 1}\n";
		this.mvc
			.perform(multipart("/api/v1/standards")
				.file(new MockMultipartFile("file", "bad.yaml", "application/yaml", broken.getBytes()))
				.header("Accept-Language", "en")
				.with(httpBasic(DemoAccounts.ADMIN, DemoAccounts.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.file").value("bad.yaml"))
			.andExpect(jsonPath("$.problems[*].text", hasItem(containsString("unknown input 'nonsense'"))))
			.andExpect(jsonPath("$.problems[*].text", hasItem(containsString("between 0 and 1"))));
	}

	@Test
	void aYearWithoutDataIsIncompleteNotZero() throws Exception {
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/evaluations").param("year", "2015")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(jsonPath("$.verdict.outcome").value("INCOMPLETE"))
			.andExpect(jsonPath("$.indicators[1].status").value("MISSING"))
			.andExpect(jsonPath("$.indicators[1].missing[0].code").value("evaluation.missing.figure"))
			.andExpect(jsonPath("$.indicators[1].missing[0].text").value(containsString("secondary_tertiary_output")))
			.andExpect(jsonPath("$.indicators[1].value").doesNotExist());
	}

	@Test
	void historyShowsIndicatorsThatChangedState() throws Exception {
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/evaluations/history")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.years.length()").value(4))
			.andExpect(jsonPath("$.changes[?(@.indicator == 'C22' && @.year == 2019)].to").value(hasItem("MET")));
	}

	private static String run(String format, String lang) {
		StringWriter out = new StringWriter();
		int exit = GaoxinApplication.runCommand(new String[] { "evaluate", "--zone", "QJ-HTZ", "--year", "2021",
				"--standard", "CQ-MUNICIPAL-HTZ", "--format", format, "--lang", lang, "--spring.profiles.active=demo",
				"--spring.datasource.url=jdbc:h2:mem:gaoxin-cli;DB_CLOSE_DELAY=-1" }, new PrintWriter(out));
		assertThat(exit).isZero();
		return out.toString();
	}

}
