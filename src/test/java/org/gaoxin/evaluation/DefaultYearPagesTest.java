package org.gaoxin.evaluation;

import java.util.Set;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.filing.AnnualReports;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.filing.ReportWorkflow;
import org.gaoxin.shared.ReportingYears;
import org.gaoxin.statistics.ZoneFigure;
import org.gaoxin.statistics.ZoneFigures;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.TestReports;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bug of issue 8: one enterprise filing next year's report moved headquarters'
 * evaluation to a year with 6 of 23 indicators' data, emptied the pool and flooded data
 * quality with missing reports. The default year is now the zone's latest complete year
 * (默认年份, docs/GLOSSARY.md). The data written here is rolled back.
 */
@DemoApplicationTest
@Transactional
@WithMockUser("default-year-tester")
class DefaultYearPagesTest {

	private static final int NEXT = 2022;

	private static final DataScope DEPARTMENT = new DataScope(Role.DEPARTMENT, DemoAccounts.QIANJIANG, null, null,
			"KJJ");

	private static final DataScope ADMIN = DataScope.everything(Role.ADMIN);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Enterprises enterprises;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	AnnualReports reports;

	@Autowired
	ZoneFigures figures;

	@Autowired
	ReportingYears years;

	@Test
	void oneApprovedReportForNextYearLeavesHeadquartersPagesOnTheLastCompleteYear() throws Exception {
		long early = this.enterprises.register(TestReports.enterprise(81, "重庆黔江默认年度测试科技有限公司", DemoAccounts.QIANJIANG));
		DataScope own = new DataScope(Role.ENTERPRISE, DemoAccounts.QIANJIANG, early, null, null);
		this.workflow.submit(TestReports.report(early, NEXT, ReportStatus.DRAFT), null, own);
		this.workflow.approve(early, NEXT, null, DEPARTMENT);

		assertThat(this.years.defaultYear(DemoAccounts.QIANJIANG)).isEqualTo(2021);
		assertThat(page("/evaluation")).contains("重庆黔江高新技术产业开发区 · 2021", "id=\"core-met\">20/23<");
		assertThat(page("/cultivation")).contains("高企培育库 · 重庆黔江高新技术产业开发区 · 2021", "id=\"pool-ready\"")
			.contains("data-readiness=\"READY\"");
		String quality = page("/quality");
		assertThat(quality).contains("数据质量检查 · 重庆黔江高新技术产业开发区 · 2021");
		// the early year can still be chosen
		assertThat(quality).contains("<option value=\"2022\">2022</option>");
		assertThat(page("/")).contains("关键指标 · 2021");
		assertThat(page("/enterprises")).contains("<option value=\"2021\" selected=\"selected\">2021</option>");
		String creditCode = this.enterprises.find(early, ADMIN).orElseThrow().creditCode();
		this.mvc
			.perform(get("/api/v1/enterprises/{code}/qualifications", creditCode)
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2021));
		assertThat(this.mvc.perform(get("/figures").with(user(headquarters())))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/zones/QJ-HTZ/figures?year=2021");
	}

	@Test
	void aYearBecomesTheDefaultWhenTheZonesReportsAndFiguresAreIn() throws Exception {
		Set<Long> reported = this.reports.inZone(DemoAccounts.QIANJIANG, 2021, 2021, ADMIN).keySet();
		for (long id : reported) {
			this.reports.file(TestReports.report(id, NEXT, ReportStatus.APPROVED));
		}
		assertThat(this.years.defaultYear(DemoAccounts.QIANJIANG)).as("the reports are in, the zone figures are not")
			.isEqualTo(2021);
		for (ZoneFigure figure : this.figures.of(DemoAccounts.QIANJIANG, 2021)) {
			if (figure.number() != null) {
				this.figures.set(DemoAccounts.QIANJIANG, NEXT, figure.code(), figure.number(), "test", ADMIN);
			}
			else if (figure.flag() != null) {
				this.figures.set(DemoAccounts.QIANJIANG, NEXT, figure.code(), figure.flag(), "test", ADMIN);
			}
		}
		assertThat(this.years.defaultYear(DemoAccounts.QIANJIANG)).isEqualTo(NEXT);
		assertThat(page("/evaluation")).contains("重庆黔江高新技术产业开发区 · 2022");
		assertThat(this.years.defaultYear("WL-IP")).as("another zone keeps its own year").isEqualTo(2021);
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).param("lang", "zh_CN").with(user(headquarters())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private UserDetails headquarters() {
		return this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS);
	}

}
