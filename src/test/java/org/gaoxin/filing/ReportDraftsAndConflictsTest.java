package org.gaoxin.filing;

import java.util.Map;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.qualification.EnterpriseAssessments;
import org.gaoxin.quality.DataQuality;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.TestReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 保存草稿 saves whatever is filled in (blank figures stay blank, counted nowhere); the full
 * checks run at submit. Two people saving the same report: the second save on a stale
 * copy is a conflict that lists, figure by figure, what is stored and what was typed.
 */
@DemoApplicationTest
@Transactional
class ReportDraftsAndConflictsTest {

	private static final int YEAR = 2022;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AnnualReports reports;

	@Autowired
	DataQuality quality;

	@Autowired
	EnterpriseAssessments assessments;

	@Autowired
	EnterpriseYears enterpriseYears;

	private GaoxinPrincipal enterprise;

	private long own;

	@BeforeEach
	void signIn() {
		this.enterprise = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ENTERPRISE);
		this.own = this.enterprise.scope().enterpriseId();
	}

	@Test
	void aHalfFilledDraftSavesAndItsBlanksStayBlank() throws Exception {
		this.mvc.perform(halfFilled("draft", 0).with(user(this.enterprise)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "workflow.submit.saved"));
		AnnualReport stored = this.reports.of(this.own, YEAR, this.enterprise.scope()).orElseThrow();
		assertThat(stored.status()).isEqualTo(ReportStatus.DRAFT);
		assertThat(stored.operatingRevenue()).isEqualByComparingTo("12000");
		assertThat(stored.employees()).isEqualTo(120);
		assertThat(stored.totalAssets()).isNull();
		assertThat(stored.rdStaff()).isNull();
		assertThat(stored.complete()).isFalse();
		this.mvc.perform(get("/reports/submit").param("year", String.valueOf(YEAR)).with(user(this.enterprise)))
			.andExpect(content().string(allOf(containsString("name=\"operating_revenue\" value=\"12000\""),
					containsString("name=\"total_assets\" value=\"\""),
					containsString("name=\"version\" value=\"1\""))));
	}

	@Test
	void submittingIsWhereEveryFigureIsRequired() throws Exception {
		this.mvc.perform(halfFilled("draft", 0).with(user(this.enterprise)).with(csrf()));
		this.mvc.perform(halfFilled("submit", 1).with(user(this.enterprise)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"form-errors\""), containsString("必填"))));
		assertThat(this.reports.of(this.own, YEAR, this.enterprise.scope()).orElseThrow().status())
			.isEqualTo(ReportStatus.DRAFT);
	}

	@Test
	void aDraftWithMissingFiguresCountsNowhere() throws Exception {
		DataScope all = DataScope.everything(Role.ADMIN);
		var assessedBefore = this.assessments.assess(this.own, YEAR, all).orElseThrow();
		int findingsBefore = this.quality.check(DemoAccounts.QIANJIANG, YEAR, all).size();
		this.mvc.perform(halfFilled("draft", 0).with(user(this.enterprise)).with(csrf()));
		// evaluation: neither approved nor pending
		assertThat(this.enterpriseYears.inZone(DemoAccounts.QIANJIANG, YEAR, AnnualReports.FILED))
			.filteredOn((e) -> e.id() == this.own)
			.allSatisfy((e) -> assertThat(e.report()).isNull());
		// data quality: the same findings as without it (no blank read as zero)
		assertThat(this.quality.check(DemoAccounts.QIANJIANG, YEAR, all)).hasSize(findingsBefore);
		// qualification: assessed as before
		assertThat(this.assessments.assess(this.own, YEAR, all).orElseThrow()).usingRecursiveComparison()
			.isEqualTo(assessedBefore);
		assertThat(this.reports.inZone(DemoAccounts.QIANJIANG, YEAR, YEAR, all)).doesNotContainKey(this.own);
		assertThat(this.reports.filed(this.own, all)).noneMatch((r) -> r.year() == YEAR);
	}

	@Test
	void theSecondSaveOnAStaleFormIsAConflictListingTheDifferences() throws Exception {
		// two tabs open the blank 2022 form (version 0); the first saves a draft
		this.mvc.perform(halfFilled("draft", 0).with(user(this.enterprise)).with(csrf()))
			.andExpect(flash().attribute("notice", "workflow.submit.saved"));
		// the second saves the whole report from its stale copy
		MockHttpServletRequestBuilder whole = post("/reports/submit").param("year", String.valueOf(YEAR))
			.param("intent", "draft")
			.param("version", "0");
		TestReports.plausibleFigures().forEach((field, value) -> whole.param(field.column(), value.toString()));
		this.mvc.perform(whole.with(user(this.enterprise)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"report-conflict\""),
					containsString("已由 " + DemoAccounts.ENTERPRISE + " 保存"), containsString("资产总计:当前值 (空),您输入"),
					containsString("name=\"version\" value=\"1\""))));
		AnnualReport stored = this.reports.of(this.own, YEAR, this.enterprise.scope()).orElseThrow();
		assertThat(stored.totalAssets()).as("nothing overwritten").isNull();
		assertThat(this.reports.version(this.own, YEAR)).isEqualTo(1);
	}

	@Test
	void theApiSavesDraftsWithVersionsAnd409sAStaleOne() throws Exception {
		String body = "{\"version\": 0, \"figures\": {\"operating_revenue\": 12000, \"employees\": 120}}";
		api(body).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.status").value("DRAFT"));
		api(body.replace("12000", "12500")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(1))
			.andExpect(jsonPath("$.problems[0].text").value("营业收入:当前值 12000,您输入 12500"));
		api("{\"version\": 1, \"figures\": {\"employees\": 100.5}}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("figures.employees"))
			.andExpect(jsonPath("$.rule").value("integer"));
		api("{\"version\": 1, \"figures\": {\"emploees\": 100}}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rule").value("unknownField"));
		api("{\"version\": 1, \"figures\": {\"operating_revenue\": -1}}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rule").value("negative"));
		this.mvc
			.perform(post("/api/v1/reports/2022/draft").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(httpBasic(DemoAccounts.DEPARTMENT, DemoAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	private MockHttpServletRequestBuilder halfFilled(String intent, int version) {
		MockHttpServletRequestBuilder request = post("/reports/submit").param("year", String.valueOf(YEAR))
			.param("intent", intent)
			.param("version", String.valueOf(version));
		Map.of("operating_revenue", "12000", "product_sales_revenue", "11000", "employees", "120", "rd_expense", "500",
				"net_profit", "-30")
			.forEach(request::param);
		return request;
	}

	private org.springframework.test.web.servlet.ResultActions api(String body) throws Exception {
		return this.mvc.perform(post("/api/v1/reports/" + YEAR + "/draft").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(httpBasic(DemoAccounts.ENTERPRISE, DemoAccounts.PASSWORD)));
	}

}
