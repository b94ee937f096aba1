package org.gaoxin.qualification.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.filing.AnnualReport;
import org.gaoxin.filing.AnnualReports;
import org.gaoxin.qualification.EnterpriseAssessments;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 资格自评: the enterprise's stored figures in a form; a change is judged under both rule
 * sets at once, and nothing is stored.
 */
@DemoApplicationTest
class SelfAssessmentPageTest {

	private static final int YEAR = 2021;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EnterpriseAssessments assessments;

	@Autowired
	AnnualReports reports;

	@Autowired
	JdbcClient jdbc;

	private GaoxinPrincipal enterprise;

	private long own;

	@BeforeEach
	void signIn() {
		this.enterprise = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ENTERPRISE);
		this.own = this.enterprise.scope().enterpriseId();
	}

	@Test
	void theFormIsPrefilledWithTheStoredFiguresAndJudged() throws Exception {
		AnnualReport report = this.reports.of(this.own, YEAR, this.enterprise.scope()).orElseThrow();
		this.mvc
			.perform(get("/enterprises/{id}/self-assessment", this.own).param("year", "" + YEAR)
				.with(user(this.enterprise)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"self-form\""), containsString("name=\"_csrf\""),
					containsString("hx-post=\"/enterprises/" + this.own + "/self-assessment\""),
					containsString("name=\"revenue_2019\""),
					containsString("value=\"" + plain(report.operatingRevenue()) + "\""),
					containsString("id=\"high-tech-outcome\""), containsString("id=\"tech-sme-outcome\""))));
	}

	@Test
	void aChangedFigureIsJudgedAndNothingIsStored() throws Exception {
		long before = rows();
		Map<String, String> stored = stored();

		Map<String, String> noStStaff = new HashMap<>(stored);
		noStStaff.put("stStaff", "0");
		String without = results(assess(noStStaff));
		Map<String, String> moreStStaff = new HashMap<>(stored);
		moreStStaff.put("stStaff", stored.get("staff"));
		String with = results(assess(moreStStaff));

		// no S&T staff fails the high-tech condition and zeroes the tech-SME staff score
		assertThat(without).contains("科技人员占比0%");
		assertThat(with).doesNotContain("科技人员占比0%");
		assertThat(with).contains("100% (" + stored.get("staff") + "/" + stored.get("staff") + ")");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void anHtmxRequestGetsTheResultsAndTheFieldsErrorsOnly() throws Exception {
		Map<String, String> typed = new HashMap<>(stored());
		typed.put("revenue_2021", "很多");
		String html = this.mvc.perform(form(typed).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("<html", "id=\"self-form\"")
			.contains("id=\"self-results\"", "id=\"self-errors\"")
			.containsPattern("id=\"err-revenue_2021\" hx-swap-oob=\"true\"[^>]*><div>请填写数字</div>")
			.contains("id=\"err-staff\" hx-swap-oob=\"true\"");
	}

	@Test
	void badInputIsShownAtItsFieldNeverAsAnError() throws Exception {
		long before = rows();
		Map<String, String> typed = new HashMap<>(stored());
		typed.put("revenue_2021", "abc");
		typed.put("rdDomestic_2020", "99999999");
		typed.put("registrationDate", "2016-13-45");
		typed.put("expert_coreSupport", "9");
		typed.put("staff", "-3");
		this.mvc.perform(form(typed))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"self-errors\""), containsString("请填写数字"),
					containsString("境内研发费用不能超过研发费用"), containsString("请按“年-月-日”填写日期"), containsString("须在0–8分之间"),
					containsString("不能为负数"), containsString("value=\"abc\""),
					not(containsString("id=\"high-tech-outcome\"")))))
			.andExpect(content().string(fieldIsInvalid("revenue_2021")))
			.andExpect(content().string(fieldIsInvalid("rdDomestic_2020")))
			.andExpect(content().string(fieldIsInvalid("expert_coreSupport")));
		this.mvc.perform(form(Map.of()).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Required"), containsString("id=\"self-errors\""))));
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void anotherEnterprisesFiguresAreNotTheEnterprisesToTry() throws Exception {
		long other = this.jdbc.sql("SELECT MIN(id) FROM enterprise WHERE id <> :own")
			.param("own", this.own)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/enterprises/{id}/self-assessment", other).with(user(this.enterprise)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/enterprises/{id}/self-assessment", other).param("year", "" + YEAR)
				.with(user(this.enterprise))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void staffTryAnEnterprisesFiguresToo() throws Exception {
		GaoxinPrincipal department = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.DEPARTMENT);
		this.mvc
			.perform(get("/enterprises/{id}/self-assessment", this.own).param("year", "" + YEAR)
				.param("lang", "en")
				.with(user(department)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("Recalculate"), containsString("id=\"high-tech-outcome\""))));
	}

	/** The form as the page fills it from the stored data. */
	private Map<String, String> stored() {
		SelfAssessmentForm form = SelfAssessmentForm
			.of(this.assessments.facts(this.own, YEAR, this.enterprise.scope()).orElseThrow());
		Map<String, String> values = new HashMap<>();
		form.fieldNames().forEach((name) -> values.put(name, form.value(name)));
		return values;
	}

	private MockHttpServletRequestBuilder form(Map<String, String> typed) {
		MockHttpServletRequestBuilder request = post("/enterprises/{id}/self-assessment", this.own)
			.param("year", "" + YEAR)
			.with(user(this.enterprise))
			.with(csrf());
		typed.forEach(request::param);
		return request;
	}

	private String assess(Map<String, String> typed) throws Exception {
		return this.mvc.perform(form(typed))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String results(String html) {
		return html.substring(html.indexOf("id=\"self-results\""));
	}

	private long rows() {
		return this.jdbc.sql("""
				SELECT (SELECT COUNT(*) FROM enterprise) + (SELECT COUNT(*) FROM enterprise_report)
				 + (SELECT COUNT(*) FROM enterprise_declaration) + (SELECT COUNT(*) FROM expert_review)
				 + (SELECT COUNT(*) FROM audit_log)""").query(Long.class).single();
	}

	private static String plain(BigDecimal amount) {
		return amount.stripTrailingZeros().toPlainString();
	}

	private static org.hamcrest.Matcher<String> fieldIsInvalid(String name) {
		return org.hamcrest.Matchers
			.matchesPattern("(?s).*<input class=\"[^\"]*is-invalid[^\"]*\"[^>]* id=\"" + name + "\".*");
	}

}
