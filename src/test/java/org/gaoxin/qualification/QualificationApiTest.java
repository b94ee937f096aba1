package org.gaoxin.qualification;

import org.gaoxin.enterprise.EnterpriseSearch;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.qualification.CultivationPool;
import org.gaoxin.qualification.Readiness;
import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Assessing a stored enterprise, and a submitted figure set that is never stored. */
@DemoApplicationTest
class QualificationApiTest {

	static final String SELF_ASSESSMENT = """
			{
			  "techSme": {"staff": 120, "stStaff": 30, "salesRevenue": 45000, "totalAssets": 60000,
			              "rdExpense": 2700, "totalCosts": 40000, "classOneIp": 1, "classTwoIp": 6,
			              "residentInMainland": true, "prohibitedCategory": false, "adverseRecord": false,
			              "direct": {"validHighTechCertificate": false, "nationalAwardTopThree": false,
			                         "accreditedRdInstitution": false, "ledStandard": false}},
			  "highTech": {"registrationDate": "2016-05-10", "applicationDate": "2022-06-30",
			               "ip": {"classOne": 1, "classTwo": 6, "acquisition": "OWN_RESEARCH"},
			               "field": "NEW_MATERIALS", "stStaff": 30, "totalStaff": 120,
			               "years": [
			                 {"year": 2019, "salesRevenue": 32000, "rdExpense": 1800, "rdExpenseDomestic": 1800, "netAssets": 20000, "conversions": 3},
			                 {"year": 2020, "salesRevenue": 38000, "rdExpense": 2100, "rdExpenseDomestic": 2100, "netAssets": 23000, "conversions": 4},
			                 {"year": 2021, "salesRevenue": 45000, "rdExpense": 2500, "rdExpenseDomestic": 2000, "netAssets": 27000, "conversions": 4}],
			               "highTechRevenue": 31000, "totalRevenue": 45000, "noMajorAccident": true, "ledStandard": false}
			}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CultivationPool pool;

	@Autowired
	Enterprises enterprises;

	@Test
	void selfAssessmentJudgesTheFiguresAndStoresNothing() throws Exception {
		long rowsBefore = rows();
		this.mvc
			.perform(post("/api/v1/qualifications/self-assessment").contentType(MediaType.APPLICATION_JSON)
				.content(SELF_ASSESSMENT)
				.with(httpBasic(DemoAccounts.ENTERPRISE, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.techSme.qualified").value(true))
			.andExpect(jsonPath("$.techSme.total").value(96))
			.andExpect(jsonPath("$.techSme.scores[0].min").value(16))
			.andExpect(jsonPath("$.highTech.outcome").value("DEPENDS"))
			.andExpect(jsonPath("$.highTech.conditions.length()").value(8))
			.andExpect(jsonPath("$.highTech.conditions[?(@.outcome == 'FAIL')]").isEmpty())
			.andExpect(jsonPath("$.highTech.conditions[6].outcome").value("DEPENDS"));
		assertThat(rows()).isEqualTo(rowsBefore);
	}

	@Test
	void theDocumentedSelfAssessmentGivesTheDocumentedResponse() throws Exception {
		String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs", "QUALIFICATIONS.md"));
		String request = jsonBlockAfter(doc, "### Self-assessment: request");
		String response = jsonBlockAfter(doc, "### Self-assessment: response");
		this.mvc
			.perform(post("/api/v1/qualifications/self-assessment").contentType(MediaType.APPLICATION_JSON)
				.content(request)
				.with(httpBasic(DemoAccounts.ENTERPRISE, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.json(response, org.springframework.test.json.JsonCompareMode.STRICT));
	}

	private static String jsonBlockAfter(String doc, String heading) {
		int start = doc.indexOf("```json\n", doc.indexOf(heading)) + "```json\n".length();
		return doc.substring(start, doc.indexOf("```", start));
	}

	@Test
	void aMalformedSelfAssessmentIsABadRequest() throws Exception {
		this.mvc
			.perform(post("/api/v1/qualifications/self-assessment").contentType(MediaType.APPLICATION_JSON)
				.content("{\"highTech\": {\"registrationDate\": \"2016-05-10\", \"years\": []}}")
				.with(httpBasic(DemoAccounts.ENTERPRISE, DemoAccounts.PASSWORD)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theExpertsPointsForHowTheIpWasObtainedAreCountedAndDecide() throws Exception {
		String scored = SELF_ASSESSMENT.replace("\"ledStandard\": false}\n}",
				"\"ledStandard\": false,"
						+ " \"experts\": {\"technicalAdvancement\": 8, \"coreSupport\": 8, \"standardBonus\": 0,"
						+ " \"managementSystems\": 6, \"rdBodyAndCooperation\": 5, \"conversionRewards\": 4,"
						+ " \"talentSystems\": 4, \"ipAcquisition\": 6}}\n}");
		assertThat(scored).isNotEqualTo(SELF_ASSESSMENT);
		this.mvc
			.perform(post("/api/v1/qualifications/self-assessment").contentType(MediaType.APPLICATION_JSON)
				.content(scored)
				.with(httpBasic(DemoAccounts.ENTERPRISE, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.highTech.scores[0].parts[3].name.code").value("qualification.ip.acquisition"))
			.andExpect(jsonPath("$.highTech.scores[0].parts[3].min").value(6))
			.andExpect(jsonPath("$.highTech.scores[0].parts[3].max").value(6))
			.andExpect(jsonPath("$.highTech.scoreMin").value(71))
			.andExpect(jsonPath("$.highTech.outcome").value("PASS"));

		String transferOnly = scored.replace("OWN_RESEARCH", "TRANSFER_GIFT_OR_MERGER_ONLY");
		this.mvc
			.perform(post("/api/v1/qualifications/self-assessment").contentType(MediaType.APPLICATION_JSON)
				.content(transferOnly)
				.param("lang", "en")
				.with(httpBasic(DemoAccounts.ENTERPRISE, DemoAccounts.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(
					jsonPath("$.detail").value("how obtained is scored 1–3 for only transfer, gift or merger (got 6)"))
			.andExpect(jsonPath("$.code").value("qualification.expert.outOfWayRange"));
	}

	@Test
	void anUnknownFieldIsRefusedByName() throws Exception {
		String misspelt = SELF_ASSESSMENT.replace("\"acquisition\": \"OWN_RESEARCH\"",
				"\"acquisition\": \"OWN_RESEARCH\", \"aquisitionPoints\": 6");
		this.mvc
			.perform(post("/api/v1/qualifications/self-assessment").contentType(MediaType.APPLICATION_JSON)
				.content(misspelt)
				.with(httpBasic(DemoAccounts.ENTERPRISE, DemoAccounts.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("highTech.ip.aquisitionPoints"))
			.andExpect(jsonPath("$.rule").value("unknownField"))
			.andExpect(jsonPath("$.detail")
				.value(org.hamcrest.Matchers.startsWith("不接受字段“highTech.ip.aquisitionPoints”")));
		this.mvc
			.perform(post("/api/v1/qualifications/self-assessment").contentType(MediaType.APPLICATION_JSON)
				.content("{\"highTechh\": {}}")
				.param("lang", "en")
				.with(httpBasic(DemoAccounts.ENTERPRISE, DemoAccounts.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("highTechh"))
			.andExpect(jsonPath("$.detail")
				.value(org.hamcrest.Matchers.startsWith("the field 'highTechh' is not accepted")));
	}

	@Test
	void aStoredCandidateIsAssessedUnderBothRuleSets() throws Exception {
		String code = this.pool.pool(DemoAccounts.QIANJIANG, 2021, DataScope.everything(Role.ADMIN))
			.candidates()
			.stream()
			.filter((c) -> c.readiness() == Readiness.READY)
			.findFirst()
			.orElseThrow()
			.creditCode();
		this.mvc
			.perform(get("/api/v1/enterprises/" + code + "/qualifications").param("year", "2021")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.highTech.outcome").value("DEPENDS"))
			.andExpect(jsonPath("$.highTech.conditions[?(@.outcome == 'FAIL')]").isEmpty())
			.andExpect(jsonPath("$.techSme").exists());
	}

	@Test
	void anEnterpriseUserCannotAssessAnotherEnterprise() throws Exception {
		String other = this.enterprises
			.search(new EnterpriseSearch(null, "WL-IP", 2021, null, null, null, false),
					DataScope.everything(Role.ADMIN), new org.gaoxin.shared.PageRequest(0, 1))
			.items()
			.get(0)
			.creditCode();
		this.mvc
			.perform(get("/api/v1/enterprises/" + other + "/qualifications").param("year", "2021")
				.with(httpBasic(DemoAccounts.ENTERPRISE, DemoAccounts.PASSWORD)))
			.andExpect(status().isNotFound());
	}

	private long rows() {
		return this.jdbc
			.sql("SELECT (SELECT COUNT(*) FROM enterprise) + (SELECT COUNT(*) FROM enterprise_report)"
					+ " + (SELECT COUNT(*) FROM audit_log)")
			.query(Long.class)
			.single();
	}

}
