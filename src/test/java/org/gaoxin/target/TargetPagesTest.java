package org.gaoxin.target;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The targets page, the scenario editor and the path page, in both languages. */
@DemoApplicationTest
class TargetPagesTest {

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theTargetsPageShowsTheTrafficLightsTheChartsAndTheBacktest() throws Exception {
		String zh = page(get("/targets").param("zone", "QJ-HTZ").param("year", "2021").param("lang", "zh_CN"),
				DemoAccounts.HEADQUARTERS);
		assertThat(zh).contains("id=\"target-table\"", "id=\"target-high_tech_enterprises-2024\"",
				"data-status=\"OFF_COURSE\"", "23.7%", "20.8%", "偏离目标", "存在风险", "data-chart=\"trajectory\"",
				"回测:用2018–2020年数据预测2021年为36", "到2024年(试点期限)", "id=\"target-edit-form\"", "/js/targets.js");
		String en = page(get("/targets").param("zone", "QJ-HTZ").param("year", "2021").param("lang", "en"),
				DemoAccounts.HEADQUARTERS);
		assertThat(en).contains("Off course", "At risk", "Backtest: fitted on 2018–2020, 2021 was predicted 36",
				"by 2024 (the pilot&#39;s deadline)", "Growth required (a year)");
		assertThat(texts(main(en))).allSatisfy((text) -> assertThat(text).doesNotContainPattern(HAN));
		assertThat(zh + en).doesNotContain("??");
	}

	@Test
	void theScenarioEditorSpeaksOneLanguageAndOffersTheKindsOfChange() throws Exception {
		for (String lang : new String[] { "zh_CN", "en" }) {
			String page = page(
					get("/targets/scenarios").param("zone", "QJ-HTZ").param("year", "2021").param("lang", lang),
					DemoAccounts.DEPARTMENT);
			assertThat(page)
				.contains("id=\"scenario-form\"", "value=\"HIGH_TECH\"", "value=\"FIGURE:fdi_actual\"",
						"value=\"PLATFORM:INCUBATOR\"", "value=\"REPORT:rd_expense\"", "id=\"scenario-save\"")
				.doesNotContain("??");
		}
		String viewer = page(get("/targets/scenarios").param("zone", "QJ-HTZ"), DemoAccounts.VIEWER);
		assertThat(viewer).contains("id=\"scenario-evaluate\"").doesNotContain("id=\"scenario-save\"");
	}

	@Test
	void aViewerReadsTheTargetsButCannotEditThem() throws Exception {
		String page = page(get("/targets").param("zone", "QJ-HTZ").param("year", "2021"), DemoAccounts.VIEWER);
		assertThat(page).contains("id=\"target-table\"").doesNotContain("id=\"target-edit-form\"");
	}

	@Test
	@Transactional
	void headquartersChangesATargetAndThePageShowsWhatItWas() throws Exception {
		GaoxinPrincipal me = principal(DemoAccounts.HEADQUARTERS);
		this.mvc
			.perform(post("/targets").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("metric", "high_tech_enterprises")
				.param("targetYear", "2024")
				.param("value", "75")
				.param("comparison", "AT_LEAST")
				.param("note", "加快培育")
				.with(user(me))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/targets?zone=QJ-HTZ&year=2021#target-table"));
		String page = page(get("/targets").param("zone", "QJ-HTZ").param("year", "2021").param("lang", "zh_CN"),
				DemoAccounts.HEADQUARTERS);
		assertThat(page).contains("≥ 75", "原为70家(现为第2版)", "加快培育");
	}

	@Test
	@Transactional
	void aZoneWithoutTargetsGetsItsFirstMetricAndTarget() throws Exception {
		String empty = page(get("/targets").param("zone", "WL-IP").param("year", "2021").param("lang", "en"),
				DemoAccounts.ADMIN);
		assertThat(empty).contains("id=\"no-targets\"", "id=\"metric-form\"").doesNotContain("id=\"target-edit-form\"");
		GaoxinPrincipal admin = principal(DemoAccounts.ADMIN);
		this.mvc
			.perform(post("/targets/metrics").param("zone", "WL-IP")
				.param("year", "2021")
				.param("key", "fdi")
				.param("kind", "FIGURE")
				.param("reference", "fdi_actual")
				.param("unit", "WAN_USD")
				.param("nameZh", "实际利用外资")
				.param("nameEn", "FDI")
				.with(user(admin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/targets").param("zone", "WL-IP")
				.param("year", "2021")
				.param("metric", "fdi")
				.param("targetYear", "2024")
				.param("value", "3000")
				.with(user(admin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String page = page(get("/targets").param("zone", "WL-IP").param("year", "2021").param("lang", "en"),
				DemoAccounts.ADMIN);
		assertThat(page).contains("id=\"target-fdi-2024\"", "≥ 3,000 10k USD", "id=\"chart-fdi\"");
	}

	@Test
	void aViewerCannotSetATarget() throws Exception {
		this.mvc
			.perform(post("/targets").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("metric", "high_tech_enterprises")
				.param("targetYear", "2024")
				.param("value", "1")
				.with(user(principal(DemoAccounts.VIEWER)))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theScenarioEditorEvaluatesAPlanBesideTheStoredData() throws Exception {
		String page = this.mvc
			.perform(post("/targets/scenarios/evaluate").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("name", "")
				.param("rows[0].what", "HIGH_TECH")
				.param("rows[0].amount", "3")
				.param("rows[1].what", "FIGURE:secondary_tertiary_output")
				.param("rows[1].mode", "PERCENT")
				.param("rows[1].amount", "10")
				.param("rows[2].what", "FIGURE:fdi_actual")
				.param("rows[2].mode", "PERCENT")
				.param("rows[2].amount", "20")
				.param("rows[3].what", "")
				.param("lang", "zh_CN")
				.with(user(principal(DemoAccounts.HEADQUARTERS)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"verdict-actual\"", "以认促建试点", "id=\"verdict-scenario\"", "认定", "核心指标达标 23/23",
				"id=\"compare-C07\"", "未命名方案");
		assertThat(page).doesNotContain("??");
	}

	@Test
	void aMistypedRowComesBackWithItsNumber() throws Exception {
		String page = this.mvc
			.perform(post("/targets/scenarios/evaluate").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("rows[0].what", "HIGH_TECH")
				.param("rows[0].amount", "三")
				.param("lang", "en")
				.with(user(principal(DemoAccounts.HEADQUARTERS)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Change 1: Value &quot;三&quot; is not a number")
			.doesNotContain("id=\"scenario-outcome\"");
	}

	@Test
	void thePathPageNamesTheCandidatesAndTheBudgetPlan() throws Exception {
		String zh = page(get("/targets/path").param("zone", "QJ-HTZ")
			.param("year", "2021")
			.param("budget", "2000000")
			.param("lang", "zh_CN"), DemoAccounts.HEADQUARTERS);
		assertThat(zh).contains("id=\"goal-threshold\"", "id=\"goal-2024\"", "id=\"goal-2025\"", "达到认定门槛40家",
				"id=\"ranking-table\"", "id=\"figure-C02\"", "id=\"figure-C05\"", "3.1%", "5.3%", "id=\"budget-plan\"",
				"精确解", "id=\"tech-sme-met\"");
		assertThat(zh).doesNotContain("??");
		String en = page(get("/targets/path").param("zone", "QJ-HTZ")
			.param("year", "2021")
			.param("budget", "2000000")
			.param("lang", "en"), DemoAccounts.HEADQUARTERS);
		assertThat(en).contains("Threshold of 40", "70 by 2024", "Budget mode", "Still missing");
		// enterprise names are data: the lists that name them are left out
		String withoutNames = main(en).replaceAll("(?s)<table[^>]*id=\"(ranking|budget)-table\".*?</table>", "")
			.replaceAll("(?s)<td class=\"small goal-candidates\">.*?</td>", "");
		assertThat(texts(withoutNames)).filteredOn((text) -> !text.startsWith("The next ("))
			.allSatisfy((text) -> assertThat(text).doesNotContainPattern(HAN));
	}

	@Test
	@Transactional
	void aGoalsPlanBecomesASavedScenario() throws Exception {
		this.mvc
			.perform(post("/targets/path/scenario").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("lang", "zh_CN")
				.with(user(principal(DemoAccounts.HEADQUARTERS)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrlPattern("/targets/scenarios?zone=QJ-HTZ&id=*"));
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

	/**
	 * The page's own content, without the layout's navigation (the zone names are data).
	 */
	static String main(String html) {
		return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
	}

	/**
	 * The texts of cells, items, headings and paragraphs, tags stripped, without names
	 * that are data (zones, enterprises).
	 */
	static java.util.List<String> texts(String html) {
		return Pattern.compile("<(td|li|th|h1|h2|h3|p|summary|label|button|a)[^>]*>(.*?)</\\1>", Pattern.DOTALL)
			.matcher(html.replaceAll("<select.*?</select>", "").replaceAll("<h1[^>]*>.*?</h1>", ""))
			.results()
			.map((match) -> match.group(2).replaceAll("<[^>]+>", "").strip())
			.filter((text) -> !text.isEmpty())
			.toList();
	}

}
