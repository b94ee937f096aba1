package org.gaoxin.policy;

import java.nio.file.Files;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gaoxin.support.Chromium;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disbursement as people do it, in a real Chromium at 1366×768 with the demo's users: the
 * science bureau reads the zone's policy totals and prepares the incubation subsidy's
 * payment list; headquarters approves it (the bureau could not) and exports it; the
 * workbook opens with the list's rows. Screenshots in both languages go to
 * target/screenshots. Skipped without Chromium on a developer machine, failing in CI.
 */
@DemoApplicationTest
class PolicyBrowserTest {

	static Chromium chromium;

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void launch() {
		chromium = Chromium.launch();
		browser = chromium.browser();
	}

	@AfterAll
	static void close() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void prepareApproveAsAnotherPersonAndExport() throws Exception {
		String listUrl;
		try (Page dept = newPage()) {
			Chromium.signIn(dept, this.port, DemoAccounts.DEPARTMENT);
			dept.navigate(url("/policies?zone=QJ-HTZ&year=2021&lang=zh_CN"));
			assertThat(dept.locator("#policy-illustrative-notice")).isVisible();
			assertThat(dept.locator("[data-policy='QJ-ILLUS-HTE'] .policy-total")).containsText("万元");
			Chromium.screenshot(dept, "policy-overview-zh.png");
			dept.locator("[data-policy='QJ-ILLUS-TALENT'] [data-article='A1'] a").first().click();
			assertThat(dept.locator("#article-title")).containsText("在孵企业入驻补贴");
			assertThat(dept.locator("#match-table tbody tr").first()).containsText("当年在孵企业");
			Chromium.screenshot(dept, "policy-article-zh.png");
			dept.locator("#generate-list").click();
			assertThat(dept.locator("#list-status")).hasText("已拟定,待审批");
			assertThat(dept.locator("#approve-form")).hasCount(0);
			listUrl = dept.url().replaceAll("&lang=.*", "");
		}
		try (Page hq = newPage()) {
			Chromium.signIn(hq, this.port, DemoAccounts.HEADQUARTERS);
			hq.navigate(listUrl + "&lang=zh_CN");
			hq.locator("#approve-list").click();
			assertThat(hq.locator("#list-status")).hasText("已审批");
			assertThat(hq.locator("#list-approved")).containsText("demo-hq");
			assertThat(hq.locator("#list-prepared")).containsText("demo-dept");
			Chromium.screenshot(hq, "policy-list-zh.png");
			Download download = hq.waitForDownload(() -> hq.locator("#export-list").click());
			try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(download.path()))) {
				assertThat(workbook.getSheetAt(0).getRow(3).getCell(1).getStringCellValue()).isEqualTo("企业名称");
				assertThat(workbook.getSheetAt(0).getRow(4).getCell(4).getNumericCellValue()).isPositive();
			}
			hq.locator("#switch-language").click();
			assertThat(hq.locator("#list-status")).hasText("Approved");
			Chromium.screenshot(hq, "policy-list-en.png");
			hq.navigate(url("/policies?zone=QJ-HTZ&year=2021&lang=en"));
			assertThat(hq.locator("[data-policy='QJ-ILLUS-TALENT'] [data-article='A1']")).containsText("Approved");
			Chromium.screenshot(hq, "policy-overview-en.png");
			hq.navigate(url("/policies/QJ-ILLUS-RD/articles/A1?zone=QJ-HTZ&year=2021&lang=en"));
			assertThat(hq.locator("#near-table")).containsText("missing");
			Chromium.screenshot(hq, "policy-article-en.png");
			hq.navigate(url("/policies/talent?zone=QJ-HTZ&lang=zh_CN"));
			assertThat(hq.locator("#talent-table")).containsText("示例·陈明远");
			Chromium.screenshot(hq, "policy-talent-zh.png");
		}
		try (Page enterprise = newPage()) {
			Chromium.signIn(enterprise, this.port, DemoAccounts.ENTERPRISE);
			enterprise.navigate(url("/policies?year=2021&lang=en"));
			assertThat(enterprise.locator("#enterprise-total")).isVisible();
			Chromium.screenshot(enterprise, "policy-enterprise-en.png");
		}
	}

	private Page newPage() {
		return browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 768).setAcceptDownloads(true));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
