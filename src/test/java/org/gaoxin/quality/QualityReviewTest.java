package org.gaoxin.quality;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditEntry;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.filing.AnnualReports;
import org.gaoxin.filing.ReportField;
import org.gaoxin.filing.ReportStatus;
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
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Zone staff settle data-quality findings on the page and through the API: one enterprise
 * that stopped reporting in 2024 and one whose revenue jumped twentyfold; rolled back.
 */
@DemoApplicationTest
@Transactional
class QualityReviewTest {

	private static final String YEAR = "2024";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Enterprises enterprises;

	@Autowired
	AnnualReports reports;

	@Autowired
	AuditLog audit;

	private long missing;

	private long jumped;

	@BeforeEach
	void findingsOf2024() {
		this.missing = this.enterprises.register(TestReports.enterprise(41, "重庆黔江停报测试科技有限公司", DemoAccounts.QIANJIANG));
		this.reports.file(TestReports.report(this.missing, 2023, ReportStatus.APPROVED));
		this.jumped = this.enterprises.register(TestReports.enterprise(42, "重庆黔江跳变测试科技有限公司", DemoAccounts.QIANJIANG));
		this.reports.file(TestReports.report(this.jumped, 2023, ReportStatus.APPROVED));
		this.reports.file(TestReports.report(this.jumped, 2024, ReportStatus.SUBMITTED,
				Map.of(ReportField.OPERATING_REVENUE, new BigDecimal("240000"))));
	}

	@Test
	void theDepartmentExplainsAFindingThenMarksItFixedAndEveryChangeIsAudited() throws Exception {
		String back = "/quality?zone=QJ-HTZ&year=2024&kind=MISSING_REPORT&page=0";
		this.mvc
			.perform(settle(this.missing, null, "EXPLAINED", "企业已于2024年停产").param("back", back)
				.with(user(principal(DemoAccounts.DEPARTMENT)))
				.with(csrf()))
			.andExpect(redirectedUrl(back))
			.andExpect(flash().attributeExists("notice"));
		this.mvc.perform(list().param("kind", "MISSING_REPORT").with(user(principal(DemoAccounts.HEADQUARTERS))))
			.andExpect(content().string(allOf(containsString("企业已于2024年停产"), containsString(DemoAccounts.DEPARTMENT),
					containsString("已说明"), containsString("待处理 1 条,已说明 1 条,已更正 0 条"))));
		this.mvc
			.perform(settle(this.missing, null, "FIXED", null).with(user(principal(DemoAccounts.HEADQUARTERS)))
				.with(csrf()))
			.andExpect(redirectedUrl("/quality?zone=QJ-HTZ&year=2024"));
		String key = DemoAccounts.QIANJIANG + "/2024/MISSING_REPORT/" + this.missing;
		List<AuditEntry> history = this.audit.forRecord("finding_review", key);
		assertThat(history).extracting(AuditEntry::actor, AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
			.containsExactly(tuple(DemoAccounts.DEPARTMENT, "status", "OPEN", "EXPLAINED"),
					tuple(DemoAccounts.DEPARTMENT, "comment", null, "企业已于2024年停产"),
					tuple(DemoAccounts.HEADQUARTERS, "status", "EXPLAINED", "FIXED"),
					tuple(DemoAccounts.HEADQUARTERS, "comment", "企业已于2024年停产", null));
		this.mvc.perform(list().param("status", "FIXED").with(user(principal(DemoAccounts.HEADQUARTERS))))
			.andExpect(content().string(allOf(containsString("finding-MISSING_REPORT-" + this.missing + "-none"),
					not(containsString("finding-YEAR_OVER_YEAR_JUMP-" + this.jumped)))));
	}

	@Test
	void anExplanationNeedsAComment() throws Exception {
		this.mvc
			.perform(settle(this.missing, null, "EXPLAINED", " ").with(user(principal(DemoAccounts.DEPARTMENT)))
				.with(csrf()))
			.andExpect(flash().attribute("error", "标为“已说明”时须写明理由。"));
		this.mvc
			.perform(settle(this.missing, null, "EXPLAINED", null).param("back", "//evil.example/quality")
				.with(user(principal(DemoAccounts.DEPARTMENT)))
				.with(csrf()))
			.andExpect(redirectedUrl("/quality?zone=QJ-HTZ&year=2024"));
		assertThat(
				this.audit.forRecord("finding_review", DemoAccounts.QIANJIANG + "/2024/MISSING_REPORT/" + this.missing))
			.isEmpty();
	}

	@Test
	void viewersChainLeadersAndOtherZonesCannotSettleFindings() throws Exception {
		GaoxinPrincipal otherZone = new GaoxinPrincipal("wl-dept", null, "武隆科技局", true,
				new DataScope(Role.DEPARTMENT, "WL-IP", null, null, "KJJ"));
		for (GaoxinPrincipal refused : List.of(principal(DemoAccounts.VIEWER), principal(DemoAccounts.CHAIN_LEADER),
				principal(DemoAccounts.ENTERPRISE), otherZone)) {
			this.mvc.perform(settle(this.missing, null, "FIXED", null).with(user(refused)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(list().with(user(principal(DemoAccounts.VIEWER))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("action=\"/quality/review\""))));
		this.mvc
			.perform(apiReview(DemoAccounts.QIANJIANG,
					"{\"year\":2024,\"kind\":\"MISSING_REPORT\",\"enterpriseId\":" + this.missing
							+ ",\"status\":\"FIXED\"}")
				.with(httpBasic(DemoAccounts.VIEWER, DemoAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(apiReview("WL-IP",
					"{\"year\":2024,\"kind\":\"MISSING_REPORT\",\"enterpriseId\":" + this.missing
							+ ",\"status\":\"FIXED\"}")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
		assertThat(
				this.audit.forRecord("finding_review", DemoAccounts.QIANJIANG + "/2024/MISSING_REPORT/" + this.missing))
			.isEmpty();
	}

	@Test
	void theApiSetsAFieldsFindingsStatusAndListsIt() throws Exception {
		this.mvc
			.perform(apiReview(DemoAccounts.QIANJIANG,
					"{\"year\":2024,\"kind\":\"YEAR_OVER_YEAR_JUMP\",\"enterpriseId\":" + this.jumped
							+ ",\"field\":\"OPERATING_REVENUE\",\"status\":\"EXPLAINED\",\"comment\":\"新产线投产\"}")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.review.status").value("EXPLAINED"))
			.andExpect(jsonPath("$.review.comment").value("新产线投产"))
			.andExpect(jsonPath("$.review.recordedBy").value(DemoAccounts.HEADQUARTERS));
		this.mvc
			.perform(get("/api/v1/zones/{zone}/quality", DemoAccounts.QIANJIANG).param("year", YEAR)
				.param("status", "EXPLAINED")
				.with(httpBasic(DemoAccounts.DEPARTMENT, DemoAccounts.PASSWORD)))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].enterpriseId").value(this.jumped))
			.andExpect(jsonPath("$[0].field").value("OPERATING_REVENUE"));
		this.mvc
			.perform(get("/api/v1/zones/{zone}/quality", DemoAccounts.QIANJIANG).param("year", YEAR)
				.with(httpBasic(DemoAccounts.DEPARTMENT, DemoAccounts.PASSWORD)))
			.andExpect(jsonPath("$[?(@.enterpriseId == " + this.missing + ")].review.status", hasItem("OPEN")));
	}

	@Test
	void theApiAnswersBadInputWithA4xx() throws Exception {
		String finding = "\"year\":2024,\"kind\":\"MISSING_REPORT\",\"enterpriseId\":" + this.missing;
		expect(400, "{" + finding + ",\"status\":\"DONE\"}");
		expect(400, "{" + finding + "}");
		expect(400, "{\"year\":2024,\"enterpriseId\":" + this.missing + ",\"status\":\"FIXED\"}");
		expect(400, "{" + finding + ",\"status\":\"FIXED\",\"comment\":\"" + "长".repeat(1001) + "\"}");
		expect(404, "{" + finding + ",\"field\":\"RD_EXPENSE\",\"status\":\"FIXED\"}");
		expect(404, "{\"year\":2024,\"kind\":\"MISSING_REPORT\",\"enterpriseId\":" + this.jumped
				+ ",\"status\":\"FIXED\"}");
		this.mvc
			.perform(apiReview(DemoAccounts.QIANJIANG, "{" + finding + ",\"status\":\"EXPLAINED\"}").param("lang", "en")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Say why when you mark a finding explained."));
	}

	@Test
	void theListFiltersByKindAndSeverity() throws Exception {
		GaoxinPrincipal hq = principal(DemoAccounts.HEADQUARTERS);
		this.mvc.perform(list().param("kind", "MISSING_REPORT").with(user(hq)))
			.andExpect(content().string(allOf(containsString("finding-MISSING_REPORT-" + this.missing),
					not(containsString("finding-YEAR_OVER_YEAR_JUMP-")))));
		this.mvc.perform(list().param("severity", "ERROR").with(user(hq)))
			.andExpect(content()
				.string(allOf(containsString("finding-YEAR_OVER_YEAR_JUMP-" + this.jumped + "-OPERATING_REVENUE"),
						not(containsString("finding-MISSING_REPORT-")))));
		this.mvc.perform(list().param("severity", "SEVERE").with(user(hq))).andExpect(status().isBadRequest());
	}

	@Test
	void moreThanFiftyFindingsArePaged() throws Exception {
		for (int n = 0; n < 55; n++) {
			long id = this.enterprises
				.register(TestReports.enterprise(100 + n, "重庆黔江分页" + n + "号测试科技有限公司", DemoAccounts.QIANJIANG));
			this.reports.file(TestReports.report(id, 2023, ReportStatus.APPROVED));
		}
		GaoxinPrincipal hq = principal(DemoAccounts.HEADQUARTERS);
		String first = this.mvc.perform(list().param("kind", "MISSING_REPORT").with(user(hq)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first).contains("共 56 条 · 第 1 / 2 页")
			.contains("href=\"/quality?zone=QJ-HTZ&amp;year=2024&amp;kind=MISSING_REPORT&amp;page=1\"");
		assertThat(first.split("<tr class=\"finding\"", -1)).hasSize(51);
		String second = this.mvc.perform(list().param("kind", "MISSING_REPORT").param("page", "1").with(user(hq)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(second.split("<tr class=\"finding\"", -1)).hasSize(7);
	}

	private void expect(int status, String body) throws Exception {
		this.mvc
			.perform(apiReview(DemoAccounts.QIANJIANG, body)
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().is(status));
	}

	private static MockHttpServletRequestBuilder list() {
		return get("/quality").param("zone", DemoAccounts.QIANJIANG).param("year", YEAR);
	}

	private static MockHttpServletRequestBuilder settle(long enterpriseId, ReportField field, String status,
			String comment) {
		MockHttpServletRequestBuilder request = post("/quality/review").param("zone", DemoAccounts.QIANJIANG)
			.param("year", YEAR)
			.param("kind", (field == null) ? "MISSING_REPORT" : "YEAR_OVER_YEAR_JUMP")
			.param("enterpriseId", String.valueOf(enterpriseId))
			.param("status", status);
		if (field != null) {
			request.param("field", field.name());
		}
		if (comment != null) {
			request.param("comment", comment);
		}
		return request;
	}

	private static MockHttpServletRequestBuilder apiReview(String zone, String json) {
		return post("/api/v1/zones/{zone}/quality/reviews", zone).contentType(MediaType.APPLICATION_JSON).content(json);
	}

	private GaoxinPrincipal principal(String username) {
		return (GaoxinPrincipal) this.users.loadUserByUsername(username);
	}

}
