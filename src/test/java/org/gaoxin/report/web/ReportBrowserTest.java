package org.gaoxin.report.web;

import java.nio.file.Files;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
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
 * Headquarters generates the monitoring report in a real Chromium at 1366×768, watches
 * the progress bar, downloads the PDF; then the same page in English. Screenshots go to
 * target/screenshots.
 */
@DemoApplicationTest
class ReportBrowserTest {

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
	void headquartersGeneratesAReportAndDownloadsIt() throws Exception {
		try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 768))) {
			Chromium.signIn(page, this.port, DemoAccounts.HEADQUARTERS);
			page.navigate("http://localhost:" + this.port + "/documents?zone=QJ-HTZ&year=2021&lang=zh_CN");
			assertThat(page.locator("#report-subject")).containsText("2021");
			Chromium.screenshot(page, "documents-zh.png");
			page.locator("#kind-MONITORING").check();
			page.locator("#generate").click();
			assertThat(page.locator("#download-pdf")).isVisible();
			assertThat(page.locator("#progress-bar")).hasText("100%");
			Chromium.screenshot(page, "document-job-zh.png");
			Download download = page.waitForDownload(() -> page.locator("#download-pdf").click());
			assertThat(download.suggestedFilename()).isEqualTo("monitoring-QJ-HTZ-2021.pdf");
			assertThat(Files.readAllBytes(download.path())).startsWith("%PDF".getBytes());
			page.locator("#switch-language").click();
			assertThat(page.locator("#download-docx")).hasText("Download Word");
			Chromium.screenshot(page, "document-job-en.png");
			page.navigate("http://localhost:" + this.port + "/documents?lang=en");
			assertThat(page.locator("#job-table tbody tr")).hasCount(1);
			Chromium.screenshot(page, "documents-en.png");
		}
	}

}
