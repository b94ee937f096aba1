package org.gaoxin;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.filing.ReportWorkflow;
import org.gaoxin.support.Chromium;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.TestReports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headquarters' morning, in a real Chromium: an enterprise has already filed next year's
 * report and had it approved, yet the evaluation and the cultivation pool open on
 * Qianjiang's last complete year, 2021; in English the tables speak English only (names
 * of enterprises are data and stay as registered); the pool exported to Excel opens with
 * names, numbers and a frozen header.
 */
@DemoApplicationTest
class HeadquartersJourneyTest {

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	private static final DataScope DEPARTMENT = new DataScope(Role.DEPARTMENT, DemoAccounts.QIANJIANG, null, null,
			"KJJ");

	static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	Enterprises enterprises;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	JdbcClient jdbc;

	long early;

	@BeforeAll
	static void launch() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void close() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void anEnterpriseFilesNextYearsReportAndItIsApproved() {
		this.early = this.enterprises.register(TestReports.enterprise(83, "重庆黔江早报测试科技有限公司", DemoAccounts.QIANJIANG));
		DataScope own = new DataScope(Role.ENTERPRISE, DemoAccounts.QIANJIANG, this.early, null, null);
		this.workflow.saveDraft(TestReports.report(this.early, 2022, ReportStatus.DRAFT), own);
		this.workflow.submit(TestReports.report(this.early, 2022, ReportStatus.DRAFT), null, own);
		this.workflow.approve(this.early, 2022, null, DEPARTMENT);
	}

	@AfterEach
	void removeTheEarlyEnterprise() {
		for (String table : List.of("report_review", "enterprise_report")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE enterprise_id = :id").param("id", this.early).update();
		}
		this.jdbc.sql("DELETE FROM enterprise WHERE id = :id").param("id", this.early).update();
		// raw SQL bypasses the services: mark every zone's data as changed, as they do
		this.jdbc.sql("UPDATE zone_data_version SET version = version + 1").update();
	}

	@Test
	void headquartersReadsTheLastCompleteYearInEitherLanguageAndExportsThePool() throws Exception {
		try (Page page = chromium.browser().newPage()) {
			signIn(page);
			page.navigate(url("/evaluation"));
			assertThat(page.locator("#verdict")).containsText("2021");
			assertThat(page.locator("#core-met")).hasText("20/23");
			page.navigate(url("/cultivation"));
			assertThat(page.locator("main h1")).containsText("2021");
			assertThat(page.locator("#candidate-table tbody tr").first()).isVisible();

			page.locator("#switch-language").click();
			page.navigate(url("/evaluation"));
			assertThat(page.locator("#verdict-outcome")).containsText("Pilot");
			assertNoChinese(page.locator("#indicator-table"));
			assertNoChinese(page.locator("#category-table"));
			page.navigate(url("/cultivation"));
			assertNoChinese(page.locator("#outlook-table"));
			Locator rows = page.locator("#candidate-table tbody tr");
			for (int r = 0; r < Math.min(rows.count(), 25); r++) {
				Locator cells = rows.nth(r).locator("td");
				for (int c = 0; c < cells.count(); c++) {
					if (c != 1) {
						org.assertj.core.api.Assertions.assertThat(cells.nth(c).innerText())
							.as("row %d column %d of the pool in English", r, c)
							.doesNotContainPattern(HAN);
					}
				}
			}
			String firstName = rows.first().locator("td").nth(1).locator("a").innerText();

			Download download = page.waitForDownload(() -> page.locator("a[href*='/cultivation/export.xlsx']").click());
			try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
				XSSFSheet sheet = workbook.getSheetAt(0);
				assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
				assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).doesNotContainPattern(HAN);
				List<String> names = new java.util.ArrayList<>();
				boolean number = false;
				for (int r = 1; r <= sheet.getLastRowNum(); r++) {
					var row = sheet.getRow(r);
					row.forEach((cell) -> {
						if (cell.getCellType() == CellType.STRING) {
							names.add(cell.getStringCellValue());
						}
					});
					for (var cell : row) {
						number |= cell.getCellType() == CellType.NUMERIC;
					}
				}
				assertThat(names).contains(firstName);
				assertThat(number).as("scores and counts are numbers").isTrue();
			}
		}
	}

	private void signIn(Page page) {
		Chromium.signIn(page, this.port, DemoAccounts.HEADQUARTERS);
		page.waitForURL(Pattern.compile(".*/$"));
	}

	private static void assertNoChinese(Locator table) {
		org.assertj.core.api.Assertions.assertThat(table.innerText()).doesNotContainPattern(HAN);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
