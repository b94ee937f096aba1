package org.gaoxin.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.filing.AnnualReports;
import org.gaoxin.intake.internal.ImportJobs;
import org.gaoxin.shared.export.TableExport;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An office uploads a changed annual report on the import page, as it runs: in the
 * background, its page polled. What it would replace reads in names (the enterprise with
 * its credit code, the fields, the statuses in words, values and statuses counted apart);
 * the office cancels, and nothing is written. Nothing here is written to the demo: every
 * import is cancelled.
 */
@DemoApplicationTest
class ImportPagesTest {

	private static final String ZONE = "PS-IP";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Exports exports;

	@Autowired
	Enterprises enterprises;

	@Autowired
	AnnualReports reports;

	@Autowired
	ImportJobs jobs;

	@Autowired
	JdbcClient jdbc;

	private GaoxinPrincipal admin;

	@BeforeEach
	void signIn() {
		this.admin = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ADMIN);
	}

	@Test
	void aReplacementIsShownInNamesAndCancellingItWritesNothing() throws Exception {
		Table exported = this.exports.reports(ZONE, 2021, this.admin.scope(), Locale.SIMPLIFIED_CHINESE);
		int employees = exported.headers().indexOf("年末从业人员(人)");
		List<Object> changed = new ArrayList<>(exported.rows().get(0));
		int before = ((Number) changed.get(employees)).intValue();
		changed.set(employees, before + 5);
		Enterprise enterprise = this.enterprises.findByCreditCode((String) changed.get(0), this.admin.scope())
			.orElseThrow();
		UUID id = upload("annual-reports", "年报.xlsx", TableExport.xlsx("数据", exported.headers(), List.of(changed)));
		assertThat(finished(id)).isEqualTo("AWAITING_CONFIRMATION");

		Document zh = page(id, "zh_CN");
		String record = enterprise.name() + "(" + enterprise.creditCode() + ")2021年";
		assertThat(cells(zh.selectFirst("#change-table tr.value-change"))).containsExactly(record, "年末从业人员",
				String.valueOf(before), String.valueOf(before + 5));
		assertThat(cells(zh.selectFirst("#change-table tr.status-change"))).containsExactly(record, "审核状态", "已审核通过",
				"已提交待审核");
		assertThat(zh.select("#confirm-summary").text()).contains("共 1 处数值将被替换", "另有 1 份报表的审核状态将改变");
		assertThat(zh.select("main").text()).doesNotContain("qd01", "APPROVED", "SUBMITTED", "status");
		assertThat(zh.select("#cancel").text()).isEqualTo("取消");
		// read and checked, not written: the bar says so, as the phases do
		assertThat(zh.select("#progress-bar").text()).isEqualTo("60%");
		assertThat(zh.select("#progress-bar").attr("style")).isEqualTo("width: 60%");
		assertThat(zh.select("#phases li").eachText()).containsExactly("读取 100%", "核对 100%", "写入 0%", "质量检查 0%");

		Document en = page(id, "en");
		String english = enterprise.name() + " (" + enterprise.creditCode() + "), 2021";
		assertThat(cells(en.selectFirst("#change-table tr.value-change"))).containsExactly(english, "Employees",
				String.valueOf(before), String.valueOf(before + 5));
		assertThat(cells(en.selectFirst("#change-table tr.status-change"))).containsExactly(english, "Review status",
				"Approved", "Submitted, awaiting review");
		assertThat(en.select("#confirm-summary").text()).contains("1 stored value would change",
				"The review status of 1 report would change");

		// the API's job carries the same names beside the codes
		this.mvc
			.perform(get("/api/v1/imports/{id}", id).param("lang", "en")
				.with(httpBasic(DemoAccounts.ADMIN, DemoAccounts.PASSWORD)))
			.andExpect(jsonPath("$.changeCount").value(1))
			.andExpect(jsonPath("$.statusChangeCount").value(1))
			.andExpect(jsonPath("$.changes[0].field").value("qd01"))
			.andExpect(jsonPath("$.changes[0].fieldName.text").value("Employees"))
			.andExpect(jsonPath("$.changes[0].recordName.text").value(english))
			.andExpect(jsonPath("$.changes[1].status").value(true))
			.andExpect(jsonPath("$.changes[1].oldText.text").value("Approved"));

		this.mvc.perform(post("/imports/{id}/cancel", id).with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/imports/" + id));
		Document cancelled = page(id, "zh_CN");
		assertThat(cancelled.select("#cancelled").text()).contains("已取消导入", "未写入任何数据");
		assertThat(cancelled.select("#confirm, #cancel")).isEmpty();
		assertThat(stagedRows(id)).isZero();
		assertThat(this.reports.of(enterprise.id(), 2021, this.admin.scope()).orElseThrow().employees())
			.isEqualTo(before);
		this.mvc.perform(post("/imports/{id}/confirm", id).with(user(this.admin)).with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void cancellingTheChoiceOfASheetDeletesTheUploadedFile() throws Exception {
		Set<Path> uploadedBefore = uploads();
		UUID id = upload("enterprises", "两张表.xlsx", fixture("libreoffice-two-registries.xlsx"));
		assertThat(finished(id)).isEqualTo("CHOOSING_SHEET");
		assertThat(uploads()).hasSize(uploadedBefore.size() + 1);
		this.mvc.perform(post("/imports/{id}/cancel", id).with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/imports/" + id));
		assertThat(uploads()).isEqualTo(uploadedBefore);
		assertThat(page(id, "en").select("#cancelled").text()).startsWith("Import cancelled: nothing was written");
	}

	private UUID upload(String kind, String name, byte[] content) throws Exception {
		String location = this.mvc
			.perform(multipart("/imports").file(new MockMultipartFile("file", name, null, content))
				.param("kind", kind)
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	/** Polls the progress as the page does, until the import waits or ends. */
	private String finished(UUID id) throws Exception {
		for (int i = 0; i < 200; i++) {
			Element progress = Jsoup
				.parse(this.mvc.perform(get("/imports/{id}/progress", id).with(user(this.admin)))
					.andReturn()
					.getResponse()
					.getContentAsString())
				.selectFirst("#progress");
			if (!progress.hasAttr("hx-get")) {
				return progress.attr("data-state");
			}
			Thread.sleep(100);
		}
		throw new AssertionError("import " + id + " did not finish");
	}

	private Document page(UUID id, String lang) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/imports/{id}", id).param("lang", lang).with(user(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static List<String> cells(Element row) {
		assertThat(row).as("a row of the change table").isNotNull();
		return row.select("td").eachText();
	}

	private int stagedRows(UUID id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM import_row WHERE job_id = :id")
			.param("id", id.toString())
			.query(Integer.class)
			.single();
	}

	private Set<Path> uploads() throws IOException {
		try (Stream<Path> files = Files.list(this.jobs.uploads())) {
			return files.collect(Collectors.toSet());
		}
	}

	private static byte[] fixture(String name) throws IOException {
		try (InputStream in = new ClassPathResource("fixtures/" + name).getInputStream()) {
			return in.readAllBytes();
		}
	}

}
