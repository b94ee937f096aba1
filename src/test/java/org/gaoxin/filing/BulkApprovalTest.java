package org.gaoxin.filing;

import java.util.List;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.SignedIn;
import org.gaoxin.support.TestReports;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review queue's select-all as the department uses it when one of the ticked reports
 * is one it reopened itself (four eyes): every report gets its own outcome, the reason in
 * the reader's language, and what was approved stays approved. Not rolled back, since
 * each approval commits on its own: the test's enterprises are removed afterwards.
 */
@DemoApplicationTest
class BulkApprovalTest {

	private static final DataScope HEADQUARTERS = DataScope.everything(Role.HEADQUARTERS);

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
	JdbcClient jdbc;

	private GaoxinPrincipal department;

	private long reopened;

	private long waiting;

	@BeforeEach
	void theDepartmentReopenedOneReportAndAnotherWaits() {
		this.department = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.DEPARTMENT);
		this.reopened = this.enterprises
			.register(TestReports.enterprise(84, "重庆黔江批量复核测试科技有限公司", DemoAccounts.QIANJIANG));
		this.waiting = this.enterprises
			.register(TestReports.enterprise(85, "重庆黔江批量待审测试电子有限公司", DemoAccounts.QIANJIANG));
		submit(this.reopened);
		submit(this.waiting);
		this.workflow.approve(this.reopened, 2022, null, HEADQUARTERS);
		SignedIn.as(this.department, () -> {
			this.workflow.reopen(this.reopened, 2022, "员工数更正", this.department.scope());
			return null;
		});
	}

	@AfterEach
	void removeTheTestEnterprises() {
		for (long id : List.of(this.reopened, this.waiting)) {
			for (String table : List.of("report_review", "enterprise_report")) {
				this.jdbc.sql("DELETE FROM " + table + " WHERE enterprise_id = :id").param("id", id).update();
			}
			this.jdbc.sql("DELETE FROM enterprise WHERE id = :id").param("id", id).update();
			// raw SQL bypasses the services: mark every zone's data as changed, as they
			// do
			this.jdbc.sql("UPDATE zone_data_version SET version = version + 1").update();
		}
	}

	@Test
	void eachSelectedReportGetsItsOwnOutcomeAndARefusalUndoesNothing() throws Exception {
		long unknown = 987_654_321L;
		MvcResult result = this.mvc
			.perform(post("/reports/review/approve").param("zone", DemoAccounts.QIANJIANG)
				.param("selected", this.reopened + ":2022", this.waiting + ":2022", unknown + ":2022")
				.with(user(this.department))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/reports/review?zone=" + DemoAccounts.QIANJIANG))
			.andReturn();
		assertThat(statusOf(this.waiting)).isEqualTo(ReportStatus.APPROVED);
		assertThat(statusOf(this.reopened)).isEqualTo(ReportStatus.SUBMITTED);

		Document zh = page(result, "zh_CN");
		assertThat(zh.select("#bulk-outcomes h2").text()).isEqualTo("已处理 3 份报表,其中 1 份审核通过:");
		assertThat(zh.select("#bulk-outcomes li").eachText()).containsExactly(
				"未审核通过: 重庆黔江批量复核测试科技有限公司 · 2022 · 该报表由您重新打开或导入替换,须由另一位审核人审核通过(双人复核)。", "已审核通过:重庆黔江批量待审测试电子有限公司 · 2022",
				"未找到: #" + unknown + " · 2022 · 未找到该报表,或不在您的数据范围内。");
		Document en = page(result, "en");
		assertThat(en.select("#bulk-outcomes h2").text()).isEqualTo("3 reports processed, 1 approved:");
		assertThat(en.select("#bulk-outcomes li.outcome-failed").first().text()).isEqualTo(
				"Not approved: 重庆黔江批量复核测试科技有限公司 · 2022 · You reopened or replaced this report: another reviewer approves it (four eyes).");
	}

	@Test
	void tickingOnlyTheReopenedReportSaysWhyInsteadOfFailing() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/reports/review/approve").param("zone", DemoAccounts.QIANJIANG)
				.param("selected", this.reopened + ":2022")
				.with(user(this.department))
				.with(csrf()))
			.andExpect(redirectedUrl("/reports/review?zone=" + DemoAccounts.QIANJIANG))
			.andReturn();
		assertThat(page(result, "zh_CN").select("#bulk-outcomes li.outcome-failed").text())
			.contains("须由另一位审核人审核通过(双人复核)");
		assertThat(statusOf(this.reopened)).isEqualTo(ReportStatus.SUBMITTED);
		// another reviewer may
		this.mvc
			.perform(post("/reports/review/approve").param("selected", this.reopened + ":2022")
				.with(user(this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(this.reopened)).isEqualTo(ReportStatus.APPROVED);
	}

	private Document page(MvcResult result, String lang) throws Exception {
		return Jsoup.parse(this.mvc.perform(
				get("/reports/review").param("lang", lang).flashAttrs(result.getFlashMap()).with(user(this.department)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private void submit(long id) {
		DataScope own = new DataScope(Role.ENTERPRISE, DemoAccounts.QIANJIANG, id, null, null);
		this.workflow.submit(TestReports.report(id, 2022, ReportStatus.DRAFT), null, own);
	}

	private ReportStatus statusOf(long id) {
		return this.reports.of(id, 2022, DataScope.everything(Role.ADMIN)).orElseThrow().status();
	}

}
