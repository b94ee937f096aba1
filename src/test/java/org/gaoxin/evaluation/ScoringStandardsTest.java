package org.gaoxin.evaluation;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditEntry;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scoring standards end to end on the demo region (six zones of 渝东南, 2021): a file
 * uploaded through the standards page is evaluated on the evaluation page, in the API and
 * on the command line; the built-in national structure scores Qianjiang among its peers;
 * qualitative scores are entered, audited and scoped.
 */
@DemoApplicationTest
@Transactional
class ScoringStandardsTest {

	/**
	 * One group, one indicator: high-tech enterprises, min–max over the region. 2021: 黔江
	 * 37, 武隆 7, 石柱 6, 秀山 8, 酉阳 4, 彭水 4 (INDICATORS.md §C). min 4, max 37: 黔江 100; 秀山
	 * 100·(8−4)/33 = 12.1212; 武隆 100·3/33 = 9.0909; 石柱 6.0606; 酉阳 and 彭水 0, tied 5th.
	 */
	static final String UPLOADED = """
			code: UPLOADED-SCORING
			version: "1"
			kind: scoring
			name: {zh: 上传的评分标准, en: Uploaded scoring standard}
			scoring: {normalisation: min-max}
			categories: [{code: only, zh: 唯一, en: Only, weight: 1}]
			aggregates:
			  hte: {count: enterprises, where: [high_tech]}
			indicators:
			  - {code: U1, category: only, zh: 高新技术企业数, en: High-tech enterprises, unit: ENTERPRISES, formula: hte, direction: higher, weight: 1}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditLog audit;

	@Autowired
	org.gaoxin.operations.Command[] commands;

	@Test
	void aScoringStandardUploadedByAUserIsEvaluatedOnThePageAndInTheApi() throws Exception {
		this.mvc
			.perform(multipart("/standards")
				.file(new MockMultipartFile("file", "uploaded.yaml", "application/yaml",
						UPLOADED.getBytes(StandardCharsets.UTF_8)))
				.with(user(principal(DemoAccounts.ADMIN)))
				.with(csrf()))
			.andExpect(flash().attribute("loaded", "UPLOADED-SCORING@1"));
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/evaluations").param("year", "2021")
				.param("standard", "UPLOADED-SCORING")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("SCORING"))
			.andExpect(jsonPath("$.normalisation").value("MIN_MAX"))
			.andExpect(jsonPath("$.peerCount").value(6))
			.andExpect(jsonPath("$.rank").value(1))
			.andExpect(jsonPath("$.total").value(near(100.0, 1e-9)))
			.andExpect(jsonPath("$.peers[1].zoneCode").value("XS-IP"))
			.andExpect(jsonPath("$.peers[1].total").value(near(12.1212, 1e-4)))
			.andExpect(jsonPath("$.peers[2].total").value(near(9.0909, 1e-4)))
			.andExpect(jsonPath("$.peers[4].rank").value(5))
			.andExpect(jsonPath("$.peers[5].rank").value(5))
			.andExpect(jsonPath("$.peers[5].total").value(near(0.0, 1e-9)))
			.andExpect(jsonPath("$.indicators[0].value").value(37))
			.andExpect(jsonPath("$.indicators[0].peerMin").value(4));
		String page = this.mvc
			.perform(get("/evaluation").param("zone", "XS-IP")
				.param("year", "2021")
				.param("standard", "UPLOADED-SCORING@1")
				.param("lang", "en")
				.with(user(principal(DemoAccounts.VIEWER))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"score-total\">12.12<", "id=\"score-rank\">2 of 6<", "Normalisation: min-max");
		// readiness: Xiushan is behind on its one group; with the value 500 % better (8 →
		// 48)
		// it becomes the maximum: 100, and Qianjiang (37 − 4)/(48 − 4) = 75 — first
		String whatIf = this.mvc
			.perform(get("/evaluation").param("zone", "XS-IP")
				.param("year", "2021")
				.param("standard", "UPLOADED-SCORING@1")
				.param("whatIf", "500")
				.param("lang", "en")
				.with(user(principal(DemoAccounts.VIEWER))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(whatIf).contains("id=\"behind-list\"",
				"Only: score 12.12, best 100.00 (QJ-HTZ), costing 87.88 points", "the rank would be 1 (score 100.00)");
		// the peers chosen: Xiushan against Wulong alone → min 7, max 8: Xiushan 100,
		// first
		this.mvc
			.perform(get("/api/v1/zones/XS-IP/evaluations").param("year", "2021")
				.param("standard", "UPLOADED-SCORING")
				.param("peers", "WL-IP")
				.with(httpBasic(DemoAccounts.VIEWER, DemoAccounts.PASSWORD)))
			.andExpect(jsonPath("$.peerCount").value(2))
			.andExpect(jsonPath("$.rank").value(1))
			.andExpect(jsonPath("$.total").value(near(100.0, 1e-9)));
		// and the command line
		StringWriter out = new StringWriter();
		int code = command("evaluate").run(
				List.of("--zone", "QJ-HTZ", "--year", "2021", "--standard", "UPLOADED-SCORING", "--lang", "en"),
				new PrintWriter(out));
		assertThat(code).isZero();
		assertThat(out.toString()).contains("score 100.00, rank 1 of 6 (normalisation min-max)",
				"5. Youyang Industrial Park (YY-IP) 0.00", "5. Pengshui Industrial Park (PS-IP) 0.00");
	}

	@Test
	void theBuiltInNationalStructureScoresQianjiangAmongItsPeers() throws Exception {
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/evaluations").param("year", "2021")
				.param("standard", "CN-NATIONAL-HTZ-EVAL")
				.with(httpBasic(DemoAccounts.DEPARTMENT, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.peerCount").value(6))
			.andExpect(jsonPath("$.groups.length()").value(5))
			.andExpect(jsonPath("$.groups[4].weight").value(0.30))
			.andExpect(jsonPath("$.indicators.length()").value(13))
			// the qualitative score is not entered yet: missing, scored as the worst,
			// said why
			.andExpect(jsonPath("$.indicators[12].missing").value(true))
			.andExpect(jsonPath("$.indicators[12].missingReasons[0].code").value("evaluation.scoring.notEntered"));
		String page = this.mvc
			.perform(get("/evaluation").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("standard", "CN-NATIONAL-HTZ-EVAL")
				.with(user(principal(DemoAccounts.HEADQUARTERS))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"readiness\"", "id=\"peer-table\"", "综合得分", "id=\"group-chart\"", "创新能力和创业活跃度");
		// a threshold standard's verdict still opens by default, and a scoring one is
		// refused where a verdict is needed
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/evaluations/history").param("standard", "CN-NATIONAL-HTZ-EVAL")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("评分类标准")));
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/evaluations").param("year", "2021")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(jsonPath("$.verdict.outcome").value("PILOT"));
	}

	@Test
	void theStandardsPagesShowAScoringStandardsWeights() throws Exception {
		String page = this.mvc
			.perform(get("/standards/CN-NATIONAL-HTZ-EVAL/2021-structure").param("lang", "en")
				.with(user(principal(DemoAccounts.VIEWER))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Scoring standard: normalised across the peer zones (min-max)",
				"Overall quality and sustained innovation 30 %", "lower is better · 100 %");
		this.mvc.perform(get("/standards").with(user(principal(DemoAccounts.VIEWER)))).andExpect(status().isOk());
	}

	@Test
	void aPeerOutsideTheRegionOrABadStepIsRefused() throws Exception {
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/evaluations").param("year", "2021")
				.param("standard", "CN-NATIONAL-HTZ-EVAL")
				.param("peers", "NOWHERE")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("peers"));
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/evaluations").param("year", "2021")
				.param("standard", "CN-NATIONAL-HTZ-EVAL")
				.param("whatIf", "-5")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("whatIf"));
		// a department of Wulong cannot score Qianjiang
		GaoxinPrincipal wulong = new GaoxinPrincipal("dept-wulong", null, "武隆区科技局", true,
				new DataScope(Role.DEPARTMENT, "WL-IP", null, null, "KJJ"));
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/evaluations").param("year", "2021")
				.param("standard", "CN-NATIONAL-HTZ-EVAL")
				.with(user(wulong)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aQualitativeScoreIsEnteredByTheZonesEditorsAuditedAndCounted() throws Exception {
		GaoxinPrincipal department = principal(DemoAccounts.DEPARTMENT);
		this.mvc
			.perform(post("/evaluation/qualitative").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("standard", "CN-NATIONAL-HTZ-EVAL")
				.param("indicator", "N52")
				.param("score", "85.5")
				.param("note", "<script>alert(1)</script> 管委会+平台公司")
				.param("version", "0")
				.with(user(department))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("saved", "N52"));
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/evaluations").param("year", "2021")
				.param("standard", "CN-NATIONAL-HTZ-EVAL")
				.with(user(department)))
			.andExpect(jsonPath("$.indicators[12].value").value(85.5))
			.andExpect(jsonPath("$.indicators[12].missing").value(false))
			.andExpect(jsonPath("$.indicators[12].enteredVersion").value(1));
		List<AuditEntry> entries = this.audit.forRecord("qualitative_score", "CN-NATIONAL-HTZ-EVAL/N52/QJ-HTZ/2021");
		assertThat(entries).isNotEmpty().allSatisfy((e) -> assertThat(e.actor()).isEqualTo(DemoAccounts.DEPARTMENT));
		assertThat(entries).anySatisfy((e) -> assertThat(e.newValue()).contains("score=85.5"));
		String page = this.mvc
			.perform(get("/evaluation").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("standard", "CN-NATIONAL-HTZ-EVAL")
				.with(user(department)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		// a save on the stale version is a conflict: nothing changes
		this.mvc
			.perform(post("/api/v1/zones/QJ-HTZ/qualitative-scores").contentType(MediaType.APPLICATION_JSON)
				.content("{\"standard\": \"CN-NATIONAL-HTZ-EVAL\", \"indicator\": \"N52\", \"year\": 2021, "
						+ "\"score\": 10, \"version\": 0}")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isConflict());
		// the current version changes it, audited old → new
		this.mvc
			.perform(post("/api/v1/zones/QJ-HTZ/qualitative-scores").contentType(MediaType.APPLICATION_JSON)
				.content("{\"standard\": \"CN-NATIONAL-HTZ-EVAL\", \"indicator\": \"N52\", \"year\": 2021, "
						+ "\"score\": 70, \"version\": 1}")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.score").value(70))
			.andExpect(jsonPath("$.version").value(2));
		List<AuditEntry> afterChange = this.audit.forRecord("qualitative_score",
				"CN-NATIONAL-HTZ-EVAL/N52/QJ-HTZ/2021");
		assertThat(afterChange).anySatisfy((e) -> {
			assertThat(e.oldValue()).contains("85.5");
			assertThat(e.newValue()).contains("70");
			assertThat(e.actor()).isEqualTo(DemoAccounts.HEADQUARTERS);
		});
		// out of range, not a qualitative indicator: refused with a reason, nothing
		// written
		this.mvc
			.perform(post("/evaluation/qualitative").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("standard", "CN-NATIONAL-HTZ-EVAL")
				.param("indicator", "N52")
				.param("score", "101")
				.param("version", "2")
				.param("lang", "en")
				.with(user(department))
				.with(csrf()))
			.andExpect(flash().attribute("error", "A score is from 0 to 100 with at most two decimals"));
		this.mvc
			.perform(post("/api/v1/zones/QJ-HTZ/qualitative-scores").contentType(MediaType.APPLICATION_JSON)
				.content("{\"standard\": \"CN-NATIONAL-HTZ-EVAL\", \"indicator\": \"N11\", \"year\": 2021, "
						+ "\"score\": 10, \"version\": 0}")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isBadRequest());
		// a viewer, and another zone's department, may not enter scores
		this.mvc
			.perform(post("/evaluation/qualitative").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("standard", "CN-NATIONAL-HTZ-EVAL")
				.param("indicator", "N52")
				.param("score", "1")
				.with(user(principal(DemoAccounts.VIEWER)))
				.with(csrf()))
			.andExpect(status().isForbidden());
		GaoxinPrincipal wulong = new GaoxinPrincipal("dept-wulong", null, "武隆区科技局", true,
				new DataScope(Role.DEPARTMENT, "WL-IP", null, null, "KJJ"));
		this.mvc
			.perform(post("/api/v1/zones/QJ-HTZ/qualitative-scores").contentType(MediaType.APPLICATION_JSON)
				.content("{\"standard\": \"CN-NATIONAL-HTZ-EVAL\", \"indicator\": \"N52\", \"year\": 2021, "
						+ "\"score\": 10, \"version\": 2}")
				.with(user(wulong)))
			.andExpect(status().isForbidden());
		assertThat(this.audit.forRecord("qualitative_score", "CN-NATIONAL-HTZ-EVAL/N52/QJ-HTZ/2021"))
			.hasSameSizeAs(afterChange);
	}

	/** A JSON number (integer or not) within the tolerance. */
	private static org.hamcrest.Matcher<Object> near(double expected, double tolerance) {
		return new org.hamcrest.TypeSafeMatcher<>() {
			@Override
			protected boolean matchesSafely(Object item) {
				return item instanceof Number number && Math.abs(number.doubleValue() - expected) <= tolerance;
			}

			@Override
			public void describeTo(org.hamcrest.Description description) {
				description.appendText("a number within " + tolerance + " of " + expected);
			}
		};
	}

	private GaoxinPrincipal principal(String name) {
		return (GaoxinPrincipal) this.users.loadUserByUsername(name);
	}

	private org.gaoxin.operations.Command command(String name) {
		for (org.gaoxin.operations.Command command : this.commands) {
			if (command.name().equals(name)) {
				return command;
			}
		}
		throw new AssertionError("no command " + name);
	}

}
