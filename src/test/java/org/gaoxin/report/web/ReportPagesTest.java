package org.gaoxin.report.web;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The user's path: choose a report, follow its progress, download it; and the refusals on
 * the way — another zone, another user's job, a chain leader, no CSRF token, nonsense.
 */
@DemoApplicationTest
class ReportPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void headquartersGeneratesTheSelfAssessmentAndDownloadsItsThreeFiles() throws Exception {
		GaoxinPrincipal hq = principal(DemoAccounts.HEADQUARTERS);
		String page = this.mvc.perform(get("/documents").with(user(hq)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"report-form\"", "创建自评报告", "年度监测报告");
		String job = start(hq, "SELF_ASSESSMENT", "2021");
		waitUntilDone(hq, job);
		byte[] docx = download(hq, job, "docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(word.getParagraphs().get(1).getText()).isEqualTo("重庆黔江高新技术产业开发区2021年度创建自评报告");
			// the actions taken on the unmet indicators are the shortfall list's items
			String text = word.getParagraphs()
				.stream()
				.map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
				.collect(java.util.stream.Collectors.joining("\n"));
			assertThat(text).contains("牵头部门 区商务委", "牵头部门 区科技局", "牵头部门 区发展改革委");
		}
		byte[] pdf = download(hq, job, "pdf", "application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("20/23");
		}
		download(hq, job, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		this.mvc.perform(get("/documents/" + job + "/file.csv").with(user(hq))).andExpect(status().isNotFound());
		assertThat(this.mvc.perform(get("/documents").with(user(hq))).andReturn().getResponse().getContentAsString())
			.contains("/documents/" + job);
		// the job is its owner's: a colleague of the same zone does not find it
		GaoxinPrincipal department = principal(DemoAccounts.DEPARTMENT);
		for (String url : new String[] { "/documents/" + job, "/documents/" + job + "/progress",
				"/documents/" + job + "/file.pdf" }) {
			this.mvc.perform(get(url).with(user(department))).andExpect(status().isNotFound());
		}
	}

	@Test
	void aReportStatesAVerdictSoOnlyThresholdStandardsAreOfferedAndAScoringOneIsRefused() throws Exception {
		GaoxinPrincipal hq = principal(DemoAccounts.HEADQUARTERS);
		String page = this.mvc.perform(get("/documents").with(user(hq))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("CQ-MUNICIPAL-HTZ").doesNotContain("CN-NATIONAL-HTZ-EVAL");
		this.mvc
			.perform(post("/documents").with(user(hq))
				.with(csrf())
				.param("kind", "MONITORING")
				.param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("standard", "CN-NATIONAL-HTZ-EVAL"))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void theProgressFragmentPollsUntilDoneThenOffersTheDownloads() throws Exception {
		GaoxinPrincipal viewer = principal(DemoAccounts.VIEWER);
		String job = start(viewer, "MONITORING", "2021");
		String fragment = waitUntilDone(viewer, job);
		assertThat(fragment).contains("data-state=\"DONE\"", "id=\"download-docx\"", "id=\"download-pdf\"")
			.doesNotContain("hx-trigger");
	}

	@Test
	void aChainLeaderAnEnterpriseAndAnotherZonesDepartmentAreRefused() throws Exception {
		for (String name : new String[] { DemoAccounts.CHAIN_LEADER, DemoAccounts.ENTERPRISE }) {
			GaoxinPrincipal who = principal(name);
			this.mvc.perform(get("/documents").with(user(who))).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/documents").param("kind", "SELF_ASSESSMENT")
					.param("zone", DemoAccounts.QIANJIANG)
					.param("year", "2021")
					.with(user(who))
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
		GaoxinPrincipal wulong = new GaoxinPrincipal("dept-wulong", null, "武隆区科技局", true,
				new DataScope(Role.DEPARTMENT, "WL-IP", null, null, "KJJ"));
		this.mvc
			.perform(post("/documents").param("kind", "SELF_ASSESSMENT")
				.param("zone", DemoAccounts.QIANJIANG)
				.param("year", "2021")
				.with(user(wulong))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void nonsenseIsRefusedAndNothingStartsWithoutTheFormsToken() throws Exception {
		GaoxinPrincipal hq = principal(DemoAccounts.HEADQUARTERS);
		this.mvc
			.perform(post("/documents").param("kind", "SELF_ASSESSMENT")
				.param("zone", DemoAccounts.QIANJIANG)
				.param("year", "2021")
				.with(user(hq)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/documents").param("kind", "<script>")
				.param("zone", DemoAccounts.QIANJIANG)
				.param("year", "2021")
				.with(user(hq))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/documents").param("kind", "MONITORING")
				.param("zone", DemoAccounts.QIANJIANG)
				.param("year", "twenty")
				.with(user(hq))
				.with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/documents").param("kind", "MONITORING")
				.param("zone", DemoAccounts.QIANJIANG)
				.param("year", "1990")
				.with(user(hq))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/documents").param("kind", "MONITORING")
				.param("zone", "NO-SUCH-ZONE")
				.param("year", "2021")
				.with(user(hq))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	private String start(GaoxinPrincipal who, String kind, String year) throws Exception {
		MvcResult started = this.mvc
			.perform(post("/documents").param("kind", kind)
				.param("zone", DemoAccounts.QIANJIANG)
				.param("year", year)
				.with(user(who))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = started.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/documents/");
		String page = this.mvc.perform(get(location).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"progress\"", "class=\"breadcrumb\"");
		return location.substring("/documents/".length());
	}

	private String waitUntilDone(GaoxinPrincipal who, String job) throws Exception {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		while (true) {
			String fragment = this.mvc.perform(get("/documents/" + job + "/progress").with(user(who)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (!fragment.contains("data-state=\"RUNNING\"")) {
				assertThat(fragment).contains("data-state=\"DONE\"");
				return fragment;
			}
			assertThat(Instant.now()).isBefore(until);
			Thread.sleep(100);
		}
	}

	private byte[] download(GaoxinPrincipal who, String job, String extension, String type) throws Exception {
		return this.mvc.perform(get("/documents/" + job + "/file." + extension).with(user(who)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", type))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers
						.matchesPattern(".*(self-assessment|monitoring)-QJ-HTZ-2021\\." + extension + ".*")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private GaoxinPrincipal principal(String name) {
		return (GaoxinPrincipal) this.users.loadUserByUsername(name);
	}

}
