package org.gaoxin.target;

import java.nio.file.Paths;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.gaoxin.support.Chromium;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Headquarters reads the targets page, runs a scenario and reads the path in a real
 * Chromium at 1366×768, in both languages; screenshots go to target/screenshots. Skipped
 * without Chromium on a developer machine, failing in CI (see BrowserJourneysTest).
 */
@DemoApplicationTest
class TargetBrowserTest {

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
	void headquartersReadsTheTargetsWithTheirChartsInBothLanguages() throws Exception {
		try (Page page = newPage()) {
			Chromium.signIn(page, this.port, DemoAccounts.HEADQUARTERS);
			page.navigate(url("/targets?zone=QJ-HTZ&year=2021&lang=zh_CN"));
			assertThat(page.locator("#target-high_tech_enterprises-2024 .badge")).hasText("偏离目标");
			assertThat(page.locator("#chart-high_tech_enterprises canvas")).hasCount(1);
			assertThat(page.locator("#chart-core_indicators_met canvas")).hasCount(1);
			assertThat(page.locator("#headline")).containsText("2024");
			Chromium.screenshot(page, "targets-zh.png");
			page.locator("#switch-language").click();
			assertThat(page.locator("#target-high_tech_enterprises-2024 .badge")).hasText("Off course");
			assertThat(page.locator("#chart-core_indicators_met canvas")).hasCount(1);
			Chromium.screenshot(page, "targets-en.png");
		}
	}

	@Test
	void headquartersTurnsThePilotIntoAccreditedInAScenarioAndSavesIt() throws Exception {
		try (Page page = newPage()) {
			Chromium.signIn(page, this.port, DemoAccounts.HEADQUARTERS);
			page.navigate(url("/targets/scenarios?zone=QJ-HTZ&year=2021&lang=zh_CN"));
			page.locator("#scenario-name").fill("浏览器:三项补齐");
			row(page, 0, "HIGH_TECH", null, "3");
			row(page, 1, "FIGURE:secondary_tertiary_output", "PERCENT", "10");
			row(page, 2, "FIGURE:fdi_actual", "PERCENT", "20");
			page.locator("#scenario-evaluate").click();
			assertThat(page.locator("#verdict-actual .verdict")).hasText("以认促建试点");
			assertThat(page.locator("#verdict-scenario .verdict")).hasText("认定");
			page.locator("#scenario-save").click();
			assertThat(page.locator("#scenario-saved")).containsText("浏览器:三项补齐");
			assertThat(page.locator("#verdict-scenario .verdict")).hasText("认定");
			Chromium.screenshot(page, "scenario-zh.png");
			page.locator("#switch-language").click();
			assertThat(page.locator("#verdict-scenario .verdict")).hasText("Accredited");
			Chromium.screenshot(page, "scenario-en.png");
		}
	}

	@Test
	void headquartersReadsThePathAndTheBudgetPlan() throws Exception {
		try (Page page = newPage()) {
			Chromium.signIn(page, this.port, DemoAccounts.HEADQUARTERS);
			page.navigate(url("/targets/path?zone=QJ-HTZ&year=2021&budget=2000000&lang=zh_CN"));
			assertThat(page.locator("#goal-threshold")).containsText("40");
			assertThat(page.locator("#goal-2024 .still-missing")).hasText("0");
			assertThat(page.locator("#budget-plan")).isVisible();
			Chromium.screenshot(page, "path-zh.png");
			page.locator("#ranking > summary").click();
			assertThat(page.locator("#ranking-table tbody tr").first()).isVisible();
			page.screenshot(
					new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "path-zh-ranking.png")));
			page.locator("#switch-language").click();
			assertThat(page.locator("#goal-threshold")).containsText("Threshold of 40");
			Chromium.screenshot(page, "path-en.png");
		}
	}

	private static void row(Page page, int index, String what, String mode, String amount) {
		page.locator("select[name='rows[" + index + "].what']").selectOption(what);
		if (mode != null) {
			page.locator("select[name='rows[" + index + "].mode']").selectOption(mode);
		}
		page.locator("input[name='rows[" + index + "].amount']").fill(amount);
	}

	private Page newPage() {
		return browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 768));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
