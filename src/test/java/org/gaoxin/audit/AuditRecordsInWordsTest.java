package org.gaoxin.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.filing.ReportField;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.filing.ReportWorkflow;
import org.gaoxin.quality.FindingKey;
import org.gaoxin.quality.FindingKind;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.SignedIn;
import org.gaoxin.support.TestReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit log's 记录 column names records in words, in both languages: an annual report
 * as the enterprise and the year, a finding as zone · year · kind · enterprise · field;
 * an import's reason names the file in the reader's language. A search for the
 * enterprise's credit code finds all of them. The lines written here roll back.
 */
@DemoApplicationTest
@Transactional
class AuditRecordsInWordsTest {

	private static final String NAME = "重庆黔江审计用语测试科技有限公司";

	private static final UUID JOB = UUID.fromString("23a6fc0a-0000-4000-8000-000000000000");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Enterprises enterprises;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	AuditLog audit;

	private Enterprise enterprise;

	@BeforeEach
	void anEnterpriseFilesItsReportAFindingIsSettledAndAFileImported() {
		long id = this.enterprises.register(TestReports.enterprise(84, NAME, DemoAccounts.QIANJIANG));
		this.enterprise = this.enterprises.find(id, DataScope.everything(Role.ADMIN)).orElseThrow();
		DataScope own = new DataScope(Role.ENTERPRISE, DemoAccounts.QIANJIANG, id, null, null);
		this.workflow.submit(TestReports.report(id, 2021, ReportStatus.DRAFT), null, own);
		this.audit.updated("finding_review",
				new FindingKey(DemoAccounts.QIANJIANG, 2021, FindingKind.YEAR_OVER_YEAR_JUMP, id,
						ReportField.INDUSTRIAL_OUTPUT)
					.auditKey(),
				Map.of("status", "OPEN"), Map.of("status", "EXPLAINED"));
		this.audit.importedRecords("enterprise_report", AuditLog.importSource("up_ar_ok.xlsx", JOB),
				List.of(id + "/2020"));
	}

	@Test
	void recordsReadAsTheEnterpriseTheYearAndTheFindingInWords() throws Exception {
		String chinese = page(get("/audit").param("key", this.enterprise.creditCode()));
		assertThat(chinese)
			.contains("<td class=\"text-break\">" + NAME + " · 2021</td>",
					"<td class=\"text-break\">重庆黔江高新技术产业开发区 · 2021 · 同比异常波动 · " + NAME + " · 工业总产值</td>",
					"<td class=\"text-break\">" + NAME + " · 2020</td>", "导入自文件“up_ar_ok.xlsx”(导入任务 23a6fc0a)")
			.doesNotContain(this.enterprise.id() + "/2021", "YEAR_OVER_YEAR_JUMP", "INDUSTRIAL_OUTPUT",
					"import up_ar_ok");
		String english = page(get("/audit").param("key", this.enterprise.creditCode()).param("lang", "en"));
		assertThat(english)
			.contains(NAME + " · 2021", "Year-over-year jumps",
					"imported from the file “up_ar_ok.xlsx” (import 23a6fc0a)")
			.doesNotContain("导入自", "import up_ar_ok", "YEAR_OVER_YEAR_JUMP");
	}

	@Test
	void aCreditCodeFindsTheEnterpriseItsReportsAndItsFindingsAndTheHintSaysSo() throws Exception {
		String found = page(get("/audit").param("key", this.enterprise.creditCode().toLowerCase()));
		assertThat(found).contains("年度报表", "数据质量问题处理", "企业", "placeholder=\"记录编号或其一部分;企业的统一社会信用代码\"");
		assertThat(this.audit
			.search(new AuditSearch(null, null, this.enterprise.creditCode(), null, null),
					new org.gaoxin.shared.PageRequest(0, 50))
			.items()).extracting(AuditEntry::entity).contains("enterprise", "enterprise_report", "finding_review");
		// another enterprise's credit code finds none of them
		assertThat(this.audit
			.search(new AuditSearch(null, "finding_review", "91500114362067181G", null, null),
					new org.gaoxin.shared.PageRequest(0, 50))
			.items()).noneMatch((entry) -> entry.entityKey().contains("/" + this.enterprise.id()));
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		GaoxinPrincipal admin = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ADMIN);
		return SignedIn.as(admin, () -> {
			try {
				return this.mvc.perform(request.with(user(admin)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

}
