package org.gaoxin.filing;

import java.util.List;
import java.util.Map;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.TestReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report form and the review page as the demo accounts use them. Every test rolls
 * back; the demo enterprise files for 2022, a year the demo has no report for.
 */
@DemoApplicationTest
@Transactional
class ReportPagesTest {

	private static final String YEAR = "2022";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AnnualReports reports;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	Enterprises enterprises;

	private GaoxinPrincipal enterprise;

	private GaoxinPrincipal department;

	private long own;

	@BeforeEach
	void signIn() {
		this.enterprise = principal(DemoAccounts.ENTERPRISE);
		this.department = principal(DemoAccounts.DEPARTMENT);
		this.own = this.enterprise.scope().enterpriseId();
	}

	@Test
	void theFormGroupsTheFieldsWithTheirNamesCodesAndUnits() throws Exception {
		this.mvc.perform(get("/reports/submit").param("year", YEAR).with(user(this.enterprise)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"report-form\""),
					containsString("name=\"operating_revenue\""), containsString("营业收入"), containsString("qc05_0"),
					containsString("千元"), containsString("年末从业人员"), containsString("name=\"_csrf\""),
					containsString("id=\"group-RESEARCH\""), containsString("未填报"))));
		this.mvc.perform(get("/reports/submit").param("year", YEAR).param("lang", "en").with(user(this.enterprise)))
			.andExpect(content().string(allOf(containsString("Operating revenue"), containsString("thousand yuan"))));
	}

	@Test
	void theEnterpriseSubmitsItsReportThroughTheForm() throws Exception {
		this.mvc.perform(form("submit").with(user(this.enterprise)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/reports/submit?year=" + YEAR))
			.andExpect(flash().attribute("notice", "workflow.submit.submitted"));
		AnnualReport stored = this.reports.of(this.own, 2022, this.enterprise.scope()).orElseThrow();
		assertThat(stored.status()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(stored).usingRecursiveComparison()
			.withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
			.isEqualTo(TestReports.report(this.own, 2022, ReportStatus.SUBMITTED));
		this.mvc.perform(get("/reports/submit").param("year", YEAR).with(user(this.enterprise)))
			.andExpect(content().string(allOf(containsString("已提交待审核"), containsString("id=\"report-awaiting\""))));
	}

	@Test
	void theFormNeedsItsCsrfToken() throws Exception {
		this.mvc.perform(form("submit").with(user(this.enterprise))).andExpect(status().isForbidden());
		assertThat(this.reports.of(this.own, 2022, this.enterprise.scope())).isEmpty();
	}

	@Test
	void missingAndMalformedFiguresAreShownAtTheirFields() throws Exception {
		// a draft may leave figures blank; what is missing is shown when submitting
		this.mvc
			.perform(form("submit", Map.of("operating_revenue", "", "employees", "十二", "rd_staff", "1.5"))
				.with(user(this.enterprise))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"form-errors\""), containsString("必填"),
					containsString("请填写数字"), containsString("请填写整数"), containsString("value=\"十二\""))))
			.andExpect(content().string(fieldIsInvalid("operating_revenue")))
			.andExpect(content().string(fieldIsInvalid("employees")))
			.andExpect(content().string(not(fieldIsInvalid("taxes_paid"))));
		assertThat(this.reports.of(this.own, 2022, this.enterprise.scope())).isEmpty();
	}

	/**
	 * What an enterprise user reads on the form, rejected or not, names every field by
	 * its name (and Torch code where the survey has one), never by its key.
	 */
	@Test
	void theFormAndItsErrorsNameTheFieldsNeverTheirKeys() throws Exception {
		java.util.regex.Pattern key = java.util.regex.Pattern.compile("\\b[a-z]+(_[a-z0-9]+)+\\b");
		for (String lang : List.of("zh_CN", "en")) {
			boolean english = "en".equals(lang);
			org.jsoup.nodes.Document blank = page(get("/reports/submit").param("year", YEAR).param("lang", lang));
			assertThat(blank.select("main").text()).doesNotContainPattern(key);
			org.jsoup.nodes.Document malformed = page(
					form("submit", Map.of("operating_revenue", "", "rd_staff", "1.5", "export_tech_services", "abc"))
						.param("lang", lang));
			assertThat(malformed.select("main").text()).doesNotContainPattern(key);
			assertThat(malformed.select("#form-errors li").eachText()).containsExactly(
					english ? "Operating revenue: Required" : "营业收入: 必填",
					english ? "Technology service exports: Enter a number" : "技术服务出口额: 请填写数字",
					english ? "R&D staff: Enter a whole number" : "研发人员: 请填写整数");
			assertThat(malformed.select("#form-errors li a").eachAttr("href")).containsExactly("#operating_revenue",
					"#export_tech_services", "#rd_staff");
			org.jsoup.nodes.Document broken = page(
					form("submit", Map.of("rd_expense", "13000", "rd_expense_domestic", "14000")).param("lang", lang));
			assertThat(broken.select("main").text()).doesNotContainPattern(key);
			assertThat(broken.select("#form-errors li").eachText()).containsExactly(
					english ? "R&D expense: R&D expense cannot exceed operating revenue" : "研究开发费用: 研究开发费用不能超过营业收入",
					english ? "R&D expense incurred in China: R&D expense incurred in China cannot exceed R&D expense"
							: "境内研究开发费用: 境内研究开发费用不能超过研究开发费用");
		}
	}

	private org.jsoup.nodes.Document page(MockHttpServletRequestBuilder request) throws Exception {
		return org.jsoup.Jsoup.parse(this.mvc.perform(request.with(user(this.enterprise)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void brokenCrossFieldRulesAreShownAtTheirFieldsOnSubmit() throws Exception {
		this.mvc.perform(form("submit", Map.of("rd_expense", "13000")).with(user(this.enterprise)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("研究开发费用不能超过营业收入")))
			.andExpect(content().string(fieldIsInvalid("rd_expense")))
			.andExpect(content().string(containsString("value=\"13000\"")));
		assertThat(this.reports.of(this.own, 2022, this.enterprise.scope())).isEmpty();
	}

	@Test
	void anOverlongCommentIsRefusedOnTheForm() throws Exception {
		this.mvc
			.perform(form("submit").param("comment", "长".repeat(ReportWorkflow.MAX_COMMENT_LENGTH + 1))
				.with(user(this.enterprise))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"report-error\"")));
		assertThat(this.reports.of(this.own, 2022, this.enterprise.scope())).isEmpty();
	}

	@Test
	void aReviewerApprovesFromTheReviewPage() throws Exception {
		this.workflow.submit(TestReports.report(this.own, 2022, ReportStatus.DRAFT), null, this.enterprise.scope());
		String row = "pending-" + this.own + "-" + YEAR;
		this.mvc.perform(get("/reports/review").with(user(this.department)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(row), containsString("name=\"_csrf\""))));
		this.mvc
			.perform(post("/reports/review/{id}/{year}/approve", this.own, YEAR).param("comment", "数据无误")
				.with(user(this.department))
				.with(csrf()))
			.andExpect(redirectedUrl("/reports/review?zone=" + DemoAccounts.QIANJIANG))
			.andExpect(flash().attribute("notice", "workflow.review.done.APPROVE"));
		assertThat(this.reports.of(this.own, 2022, this.enterprise.scope()).orElseThrow().status())
			.isEqualTo(ReportStatus.APPROVED);
		this.mvc.perform(get("/reports/review").with(user(this.department)))
			.andExpect(content().string(not(containsString(row))));
		this.mvc.perform(get("/enterprises/" + this.own).with(user(this.enterprise)))
			.andExpect(content().string(allOf(containsString("id=\"report-status-2022\""), containsString("已审核通过"),
					containsString("数据无误"), containsString(DemoAccounts.DEPARTMENT))));
	}

	@Test
	void aReturnNeedsACommentAndTheEnterpriseReadsIt() throws Exception {
		this.workflow.submit(TestReports.report(this.own, 2022, ReportStatus.DRAFT), null, this.enterprise.scope());
		this.mvc
			.perform(post("/reports/review/{id}/{year}/return", this.own, YEAR).param("comment", " ")
				.with(user(this.department))
				.with(csrf()))
			.andExpect(flash().attribute("error", "workflow.review.commentRequired.RETURN"));
		this.mvc
			.perform(post("/reports/review/{id}/{year}/return", this.own, YEAR).param("comment", "请核对研发费用辅助账")
				.with(user(this.department))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "workflow.review.done.RETURN"));
		this.mvc.perform(get("/reports/submit").param("year", YEAR).with(user(this.enterprise)))
			.andExpect(content().string(allOf(containsString("id=\"return-comment\""), containsString("请核对研发费用辅助账"),
					containsString("已退回修改"))));
	}

	@Test
	void aReviewerReopensAnApprovedReportFromTheEnterprisePageWithAReason() throws Exception {
		this.mvc.perform(get("/enterprises/" + this.own).with(user(this.department)))
			.andExpect(content().string(allOf(containsString("reopen-form"), containsString("id=\"review-link\""))));
		this.mvc
			.perform(post("/reports/review/{id}/{year}/reopen", this.own, "2021").param("back", "detail")
				.param("reason", "税务数据更正")
				.with(user(this.department))
				.with(csrf()))
			.andExpect(redirectedUrl("/enterprises/" + this.own + "#report-status-2021"));
		assertThat(this.reports.of(this.own, 2021, this.enterprise.scope()).orElseThrow().status())
			.isEqualTo(ReportStatus.SUBMITTED);
	}

	@Test
	void afterReopeningFromTheEnterprisePageThePageTellsWhatHappenedAndTheNewStatus() throws Exception {
		for (String lang : List.of("zh_CN", "en")) {
			if ("en".equals(lang)) {
				this.workflow.approve(this.own, 2021, null, principal(DemoAccounts.HEADQUARTERS).scope());
			}
			MvcResult reopened = this.mvc
				.perform(post("/reports/review/{id}/{year}/reopen", this.own, "2021").param("back", "detail")
					.param("reason", "税务数据更正")
					.param("lang", lang)
					.with(user(this.department))
					.with(csrf()))
				.andExpect(redirectedUrl("/enterprises/" + this.own + "#report-status-2021"))
				.andReturn();
			String page = this.mvc
				.perform(get("/enterprises/" + this.own).param("lang", lang)
					.flashAttrs(reopened.getFlashMap())
					.with(user(this.department)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			org.jsoup.nodes.Element year = org.jsoup.Jsoup.parse(page).getElementById("report-status-2021");
			assertThat(year).isNotNull();
			String name = this.enterprises.find(this.own, this.department.scope()).orElseThrow().name();
			assertThat(year.select("#review-notice").text())
				.isEqualTo("en".equals(lang) ? "Reopened: " + name + " · 2021 Status now: Submitted, awaiting review."
						: "已重新打开:" + name + " · 2021 现在的状态:已提交待审核。");
			assertThat(year.select(".report-status").text())
				.isEqualTo("en".equals(lang) ? "Submitted, awaiting review" : "已提交待审核");
			assertThat(year.select(".reopen-form")).isEmpty();
		}
	}

	@Test
	void theReviewerWhoReopenedAReportIsToldAnotherMustApproveIt() throws Exception {
		this.mvc
			.perform(post("/reports/review/{id}/{year}/reopen", this.own, "2021").param("reason", "税务数据更正")
				.with(user(this.department))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "workflow.review.done.REOPEN"));
		this.mvc
			.perform(post("/reports/review/{id}/{year}/approve", this.own, "2021").with(user(this.department))
				.with(csrf()))
			.andExpect(flash().attribute("error", "workflow.error.secondReviewer"));
		assertThat(this.reports.of(this.own, 2021, this.enterprise.scope()).orElseThrow().status())
			.isEqualTo(ReportStatus.SUBMITTED);
		this.mvc.perform(get("/reports/review").with(user(this.department)))
			.andExpect(content().string(allOf(containsString("id=\"four-eyes\""), containsString("双人复核"))));
		this.mvc.perform(get("/reports/review").param("lang", "en").with(user(this.department)))
			.andExpect(content().string(containsString("another reviewer does.")));
		this.mvc
			.perform(post("/reports/review/{id}/{year}/approve", this.own, "2021")
				.with(user(principal(DemoAccounts.HEADQUARTERS)))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "workflow.review.done.APPROVE"));
	}

	@Test
	void thePagesAreForTheirRolesOnly() throws Exception {
		GaoxinPrincipal viewer = principal(DemoAccounts.VIEWER);
		this.mvc.perform(get("/reports/submit").with(user(this.department))).andExpect(status().isForbidden());
		this.mvc.perform(get("/reports/review").with(user(this.enterprise))).andExpect(status().isForbidden());
		this.mvc.perform(get("/reports/review").with(user(viewer))).andExpect(status().isForbidden());
		this.mvc.perform(get("/reports/review").param("zone", "WL-IP").with(user(this.department)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/reports/review/{id}/{year}/reopen", this.own, "2021").param("reason", "x")
				.with(user(viewer))
				.with(csrf()))
			.andExpect(status().isForbidden());
		GaoxinPrincipal otherZone = new GaoxinPrincipal("wl-dept", null, "武隆科技局", true,
				new DataScope(Role.DEPARTMENT, "WL-IP", null, null, "KJJ"));
		this.mvc
			.perform(post("/reports/review/{id}/{year}/reopen", this.own, "2021").param("reason", "x")
				.with(user(otherZone))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.reports.of(this.own, 2021, this.enterprise.scope()).orElseThrow().status())
			.isEqualTo(ReportStatus.APPROVED);
	}

	private MockHttpServletRequestBuilder form(String intent) {
		return form(intent, Map.of());
	}

	/**
	 * The plausible report as typed into the form, with some fields typed differently.
	 */
	private MockHttpServletRequestBuilder form(String intent, Map<String, String> typed) {
		MockHttpServletRequestBuilder request = post("/reports/submit").param("year", YEAR)
			.param("intent", intent)
			.param("version", String.valueOf(this.reports.version(this.own, Integer.parseInt(YEAR))));
		for (Map.Entry<ReportField, Number> figure : TestReports.plausibleFigures().entrySet()) {
			String column = figure.getKey().column();
			request.param(column, typed.getOrDefault(column, figure.getValue().toString()));
		}
		return request;
	}

	private static org.hamcrest.Matcher<String> fieldIsInvalid(String column) {
		return org.hamcrest.Matchers
			.matchesPattern("(?s).*<input class=\"[^\"]*is-invalid[^\"]*\" id=\"" + column + "\".*");
	}

	private GaoxinPrincipal principal(String username) {
		return (GaoxinPrincipal) this.users.loadUserByUsername(username);
	}

}
