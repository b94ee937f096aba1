package org.gaoxin.filing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditEntry;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.enterprise.EnterpriseSearch;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.shared.PageRequest;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.SignedIn;
import org.gaoxin.support.TestReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review page as a to-do list: three enterprises submit their 2022 reports — one
 * whose revenue jumped twentyfold, one plausible, one without a 2021 report. Rolled back.
 */
@DemoApplicationTest
@Transactional
class ReviewListTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Enterprises enterprises;

	@Autowired
	AnnualReports reports;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	AuditLog audit;

	private GaoxinPrincipal department;

	private long jumped;

	private long plausible;

	private long newcomer;

	@BeforeEach
	void threeReportsAwaitReview() {
		this.department = principal(DemoAccounts.DEPARTMENT);
		this.jumped = enterprise(61, "重庆黔江审核跳变测试科技有限公司");
		this.plausible = enterprise(62, "重庆黔江审核平稳测试电子有限公司");
		this.newcomer = enterprise(63, "重庆黔江审核新报测试材料有限公司");
		this.reports.file(TestReports.report(this.jumped, 2021, ReportStatus.APPROVED));
		this.reports
			.file(TestReports.report(this.plausible, 2021, ReportStatus.APPROVED, Map.of(ReportField.EMPLOYEES, 101)));
		submit(this.jumped, Map.of(ReportField.OPERATING_REVENUE, new BigDecimal("240000")));
		submit(this.plausible, Map.of(ReportField.EMPLOYEES, 102));
		submit(this.newcomer, Map.of(ReportField.EMPLOYEES, 103));
	}

	@Test
	void eachPendingReportShowsLastYearsKeyFiguresBesideThisYearsAndItsFindings() throws Exception {
		String page = page("/reports/review", this.department);
		String jumpedRow = row(page, this.jumped);
		assertThat(jumpedRow).contains("<th class=\"text-end text-secondary\">2021</th>", "营业收入",
				"<td class=\"text-end text-secondary last-year\">12000</td>",
				"<td class=\"text-end this-year\">240000</td>", "+1900.0%", "同比异常波动:营业收入由上年的 12000 增至 240000", "待处理");
		assertThat(row(page, this.plausible)).contains("<td class=\"text-end text-secondary last-year\">101</td>",
				"<td class=\"text-end this-year\">102</td>", "+1.0%", "未发现问题");
		assertThat(row(page, this.newcomer)).contains("2021年无已报送的报表",
				"<td class=\"text-end text-secondary last-year\">—</td>");
		String english = page("/reports/review?lang=en", this.department);
		assertThat(row(english, this.jumped)).contains("Year-over-year jumps: Operating revenue", "Open");
	}

	@Test
	void aFindingsStatusShowsBesideTheReport() throws Exception {
		this.mvc
			.perform(post("/quality/review").param("zone", DemoAccounts.QIANJIANG)
				.param("year", "2022")
				.param("kind", "YEAR_OVER_YEAR_JUMP")
				.param("enterpriseId", String.valueOf(this.jumped))
				.param("field", "OPERATING_REVENUE")
				.param("status", "EXPLAINED")
				.param("comment", "新产线投产")
				.with(user(this.department))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(row(page("/reports/review", this.department), this.jumped)).contains("已说明(新产线投产)");
	}

	@Test
	void approvingSeveralApprovesExactlyTheSelectedAndReportsEachOutcome() throws Exception {
		long own = principal(DemoAccounts.ENTERPRISE).scope().enterpriseId();
		long otherZone = this.enterprises
			.search(new EnterpriseSearch(null, "WL-IP", 2021, null, null, null, false),
					DataScope.everything(Role.ADMIN), new PageRequest(0, 1))
			.items()
			.get(0)
			.id();
		MvcResult result = this.mvc
			.perform(post("/reports/review/approve").param("zone", DemoAccounts.QIANJIANG)
				.param("comment", "批量审核")
				.param("selected", this.jumped + ":2022", this.newcomer + ":2022", own + ":2021", otherZone + ":2021")
				.with(user(this.department))
				.with(csrf()))
			.andExpect(redirectedUrl("/reports/review?zone=" + DemoAccounts.QIANJIANG))
			.andReturn();
		assertThat(statusOf(this.jumped)).isEqualTo(ReportStatus.APPROVED);
		assertThat(statusOf(this.newcomer)).isEqualTo(ReportStatus.APPROVED);
		assertThat(statusOf(this.plausible)).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(this.workflow.history(this.jumped, 2022, this.department.scope()))
			.extracting(ReportReview::action, ReportReview::actor, ReportReview::comment)
			.endsWith(tuple(ReviewAction.APPROVE, DemoAccounts.DEPARTMENT, "批量审核"));
		assertThat(this.audit.forRecord("enterprise_report", this.newcomer + "/2022"))
			.extracting(AuditEntry::actor, AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
			.contains(tuple(DemoAccounts.DEPARTMENT, "status", "SUBMITTED", "APPROVED"));
		String outcomes = this.mvc
			.perform(get("/reports/review").flashAttrs(result.getFlashMap()).with(user(this.department)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(outcomes).contains("已处理 4 份报表,其中 2 份审核通过:", "已审核通过:重庆黔江审核跳变测试科技有限公司 · 2022",
				"已审核通过:重庆黔江审核新报测试材料有限公司 · 2022", "· 2021 · 该报表已审核通过并锁定",
				"#" + otherZone + " · 2021 · 未找到该报表,或不在您的数据范围内。");
		Matcher failed = Pattern.compile("outcome-failed").matcher(outcomes);
		assertThat(failed.results().count()).isEqualTo(2);
		assertThat(outcomes).doesNotContain("pending-" + this.jumped + "-2022")
			.contains("pending-" + this.plausible + "-2022");
	}

	@Test
	void approvingNothingOrNonsenseIsRefused() throws Exception {
		this.mvc.perform(post("/reports/review/approve").with(user(this.department)).with(csrf()))
			.andExpect(flash().attribute("bulkError", "workflow.review.noneSelected"));
		this.mvc
			.perform(post("/reports/review/approve").param("selected", "drop table")
				.with(user(this.department))
				.with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/reports/review/approve").param("selected", this.jumped + ":2022")
				.with(user(principal(DemoAccounts.VIEWER)))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/reports/review/approve").param("selected", this.jumped + ":2022")
				.with(user(principal(DemoAccounts.CHAIN_LEADER)))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(statusOf(this.jumped)).isEqualTo(ReportStatus.SUBMITTED);
	}

	@Test
	void theNavigationBadgeCountsTheReportsAwaitingTheReviewer() throws Exception {
		int pending = this.workflow.pending(DemoAccounts.QIANJIANG, this.department.scope()).size();
		assertThat(pending).isEqualTo(3);
		assertThat(badge(page("/enterprises", this.department))).isEqualTo(String.valueOf(pending));
		assertThat(badge(page("/enterprises", principal(DemoAccounts.HEADQUARTERS)))).isEqualTo("3");
		assertThat(badge(page("/enterprises", principal(DemoAccounts.ADMIN)))).isEqualTo("3");
		assertThat(page("/enterprises", principal(DemoAccounts.VIEWER))).doesNotContain("nav-pending-reviews");
		GaoxinPrincipal enterpriseUser = principal(DemoAccounts.ENTERPRISE);
		assertThat(page("/enterprises/" + enterpriseUser.scope().enterpriseId(), enterpriseUser))
			.doesNotContain("nav-pending-reviews");
		this.workflow.approve(this.jumped, 2022, null, this.department.scope());
		assertThat(badge(page("/quality?year=2021", this.department))).isEqualTo("2");
		this.workflow.approve(this.plausible, 2022, null, this.department.scope());
		this.workflow.approve(this.newcomer, 2022, null, this.department.scope());
		assertThat(page("/enterprises", this.department)).doesNotContain("nav-pending-reviews");
	}

	@Test
	void aReviewerReopensARecentlyApprovedReportFromTheReviewPage() throws Exception {
		SignedIn.as(this.department, () -> {
			this.workflow.approve(this.plausible, 2022, null, this.department.scope());
			return null;
		});
		String page = page("/reports/review", this.department);
		int at = page.indexOf("id=\"approved-" + this.plausible + "-2022\"");
		assertThat(at).isPositive();
		assertThat(page.substring(at)).contains("action=\"/reports/review/" + this.plausible + "/2022/reopen\"",
				"reopen-form", DemoAccounts.DEPARTMENT);
		this.mvc
			.perform(post("/reports/review/{id}/{year}/reopen", this.plausible, "2022").param("reason", "员工数填报有误")
				.with(user(this.department))
				.with(csrf()))
			.andExpect(redirectedUrl("/reports/review?zone=" + DemoAccounts.QIANJIANG))
			.andExpect(flash().attribute("notice", "workflow.review.done.REOPEN"));
		assertThat(statusOf(this.plausible)).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(page("/reports/review", this.department)).contains("pending-" + this.plausible + "-2022")
			.doesNotContain("approved-" + this.plausible + "-2022");
	}

	@Test
	void theEnterprisePageOffersAReviewerTheReopenAndSaysWhatHappened() throws Exception {
		this.workflow.approve(this.plausible, 2022, null, this.department.scope());
		String page = page("/enterprises/" + this.plausible, this.department);
		assertThat(page.substring(page.indexOf("id=\"report-status-2022\""))).contains(
				"action=\"/reports/review/" + this.plausible + "/2022/reopen\"", "name=\"back\" value=\"detail\"");
		MvcResult reopened = this.mvc
			.perform(post("/reports/review/{id}/{year}/reopen", this.plausible, "2022").param("back", "detail")
				.param("reason", "员工数填报有误")
				.with(user(this.department))
				.with(csrf()))
			.andExpect(redirectedUrl("/enterprises/" + this.plausible + "#report-status-2022"))
			.andReturn();
		assertThat(this.mvc
			.perform(get("/enterprises/" + this.plausible).flashAttrs(reopened.getFlashMap())
				.with(user(this.department)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("已重新打开:重庆黔江审核平稳测试电子有限公司 · 2022", "员工数填报有误");
		assertThat(statusOf(this.plausible)).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(page("/enterprises/" + this.plausible, principal(DemoAccounts.VIEWER)))
			.doesNotContain("/2022/reopen");
	}

	private long enterprise(int n, String name) {
		return this.enterprises.register(TestReports.enterprise(n, name, DemoAccounts.QIANJIANG));
	}

	private void submit(long id, Map<ReportField, ? extends Number> changes) {
		DataScope own = new DataScope(Role.ENTERPRISE, DemoAccounts.QIANJIANG, id, null, null);
		this.workflow.submit(TestReports.report(id, 2022, ReportStatus.DRAFT, changes), null, own);
	}

	private ReportStatus statusOf(long id) {
		return this.reports.of(id, 2022, DataScope.everything(Role.ADMIN)).orElseThrow().status();
	}

	/** A pending report's row up to its approve form. */
	private static String row(String page, long id) {
		int start = page.indexOf("id=\"pending-" + id + "-2022\"");
		assertThat(start).as("row of %s", id).isPositive();
		return page.substring(start, page.indexOf("approve-form", start));
	}

	private static String badge(String page) {
		Matcher badge = Pattern.compile("id=\"nav-pending-reviews\"[^>]*>(\\d+)</span>").matcher(page);
		assertThat(badge.find()).as("a badge").isTrue();
		return badge.group(1);
	}

	private String page(String url, GaoxinPrincipal who) throws Exception {
		return this.mvc.perform(get(url).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private GaoxinPrincipal principal(String username) {
		return (GaoxinPrincipal) this.users.loadUserByUsername(username);
	}

}
