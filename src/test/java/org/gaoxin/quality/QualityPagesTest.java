package org.gaoxin.quality;

import java.util.Map;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.filing.AnnualReports;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.TestReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The quality page and API: one enterprise that reported in 2023 and not in 2024 is the
 * finding to look for; the data is rolled back.
 */
@DemoApplicationTest
@Transactional
class QualityPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Enterprises enterprises;

	@Autowired
	AnnualReports reports;

	private long missing;

	@BeforeEach
	void anEnterpriseThatStoppedReporting() {
		this.missing = this.enterprises.register(TestReports.enterprise(40, "重庆黔江页面测试科技有限公司", DemoAccounts.QIANJIANG));
		this.reports.file(TestReports.report(this.missing, 2023, ReportStatus.APPROVED, Map.of()));
	}

	@Test
	void thePageListsFindingsByKindWithLinksToTheRecords() throws Exception {
		this.mvc.perform(get("/quality").param("zone", DemoAccounts.QIANJIANG).param("year", "2024").with(user(hq())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"kind-MISSING_REPORT\""),
					containsString("id=\"kind-DUPLICATE_NAME\""), containsString("上年已报、本年未报"),
					containsString("href=\"/enterprises/" + this.missing + "\""), containsString("重庆黔江页面测试科技有限公司"),
					containsString("2023年报送了年报,2024年没有年报"), containsString("超过 3 倍"))));
		String english = this.mvc
			.perform(get("/quality").param("zone", DemoAccounts.QIANJIANG)
				.param("year", "2024")
				.param("lang", "en")
				.with(user(hq())))
			.andExpect(content().string(allOf(containsString("Reported last year, not this year"),
					containsString("Filed a report for 2023 but none for 2024"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// only the enterprises' names, from the data, are in Chinese
		assertThat(
				english.substring(english.indexOf("<main")).replaceAll("<a href=\"/enterprises/\\d+\">[^<]*</a>", ""))
			.doesNotContainPattern("\\p{IsHan}");
	}

	@Test
	void theLatestCompleteYearAndTheUsersZoneAreTheDefault() throws Exception {
		// the one 2023 report filed above is the latest, but 2021 is the zone's latest
		// complete year (默认年份, docs/GLOSSARY.md)
		this.mvc.perform(get("/quality").with(user(hq())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("数据质量检查 · 重庆黔江高新技术产业开发区 · 2021")));
	}

	@Test
	void theApiAnswersTheSameFindingsAsJson() throws Exception {
		this.mvc
			.perform(get("/api/v1/zones/{zone}/quality", DemoAccounts.QIANJIANG).param("year", "2024")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.enterpriseId == " + this.missing + ")].kind", hasItem("MISSING_REPORT")))
			.andExpect(jsonPath("$[?(@.enterpriseId == " + this.missing + ")].link",
					hasItem("/enterprises/" + this.missing)))
			.andExpect(jsonPath("$[?(@.enterpriseId == " + this.missing + ")].message.code",
					hasItem("quality.finding.missing")))
			.andExpect(jsonPath("$[?(@.enterpriseId == " + this.missing + ")].message.text",
					hasItem("2023年报送了年报,2024年没有年报")));
		this.mvc
			.perform(get("/api/v1/zones/{zone}/quality", DemoAccounts.QIANJIANG).param("year", "2024")
				.param("lang", "en")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(jsonPath("$[?(@.enterpriseId == " + this.missing + ")].message.text",
					hasItem("Filed a report for 2023 but none for 2024")));
	}

	@Test
	void theExportIsInTheReadersLanguage() throws Exception {
		String english = new String(this.mvc
			.perform(get("/quality/export.csv").param("zone", DemoAccounts.QIANJIANG)
				.param("year", "2024")
				.param("lang", "en")
				.with(user(hq())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(english.lines().findFirst().orElseThrow())
			.isEqualTo("\uFEFFKind,Severity,Credit code,Enterprise,Figure,Year,Last year,This year,Unit,Finding,"
					+ "Status,Comment,Recorded by,Recorded at");
		assertThat(english).contains("\"Reported last year, not this year\",Check,",
				"Filed a report for 2023 but none for 2024");
		String chinese = new String(this.mvc.perform(
				get("/quality/export.csv").param("zone", DemoAccounts.QIANJIANG).param("year", "2024").with(user(hq())))
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(chinese.lines().findFirst().orElseThrow())
			.isEqualTo("\uFEFF类型,级别,统一社会信用代码,企业名称,指标,年度,上年,本年,单位,说明,处理状态,处理说明,处理人,处理时间");
		assertThat(chinese).contains("上年已报、本年未报,需核实,", "2023年报送了年报,2024年没有年报");
	}

	@Test
	void enterpriseUsersAndOtherZonesAreRefused() throws Exception {
		GaoxinPrincipal enterprise = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ENTERPRISE);
		this.mvc.perform(get("/quality").with(user(enterprise))).andExpect(status().isForbidden());
		this.mvc.perform(get("/quality").param("zone", "WL-IP").with(user(hq()))).andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/zones/{zone}/quality", DemoAccounts.QIANJIANG).param("year", "2021")
				.with(httpBasic(DemoAccounts.ENTERPRISE, DemoAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/zones/{zone}/quality", "WL-IP").param("year", "2021")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	private GaoxinPrincipal hq() {
		return (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS);
	}

}
