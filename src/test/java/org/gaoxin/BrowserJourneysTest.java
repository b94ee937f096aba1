package org.gaoxin;

import java.nio.file.Files;
import java.nio.file.Path;

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
 * A person signs in with a demo account in a real Chromium and reads the zone's 2021
 * figures. Uses Debian's Chromium (no browser download); CI installs it, and there its
 * absence fails the test.
 */
@DemoApplicationTest
class BrowserJourneysTest {

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
	void headquartersSignsInAndSeesQianjiangs2021Figures() throws Exception {
		try (Page page = browser.newPage()) {
			page.navigate("http://localhost:" + this.port + "/");
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
			page.locator("#username").fill(DemoAccounts.HEADQUARTERS);
			page.locator("#password").fill(DemoAccounts.PASSWORD);
			page.locator("#login").click();
			page.navigate("http://localhost:" + this.port + "/?zone=QJ-HTZ&year=2021");
			assertThat(page.locator("#stat-tech-sme .number")).hasText("350");
			assertThat(page.locator("#stat-tech-sme .share")).containsText("28.5%");
			assertThat(page.locator("#stat-high-tech .number")).hasText("37");
			assertThat(page.locator("#stat-high-tech .share")).containsText("56.1%");
			assertThat(page.locator("#stat-tech-sme")).containsText("科技型企业");
			assertThat(page.locator("#region-chart canvas")).hasCount(1);
			Chromium.screenshot(page, "home-zh.png");

			page.locator("#switch-language").click();
			assertThat(page.locator("#stat-tech-sme")).containsText("Technology-based enterprises");
			assertThat(page.locator("#stat-high-tech .share")).containsText("56.1% of South-east Chongqing");
			Chromium.screenshot(page, "home-en.png");
			page.locator("#switch-language").click();
			assertThat(page.locator("#stat-tech-sme")).containsText("科技型企业");
		}
	}

	@Test
	void headquartersReadsTheVerdictAndDrillsDownToTheEnterprisesBehindANumber() throws Exception {
		try (Page page = browser.newPage()) {
			Chromium.signIn(page, this.port, DemoAccounts.HEADQUARTERS);
			page.navigate("http://localhost:" + this.port + "/evaluation?zone=QJ-HTZ&year=2021&lang=zh_CN");
			assertThat(page.locator("#verdict-outcome")).hasText("以认促建试点");
			assertThat(page.locator("#core-met")).hasText("20/23");
			assertThat(page.locator("#deadline")).containsText("2024");
			assertThat(page.locator("#indicator-table tr[data-status=UNMET]")).hasCount(3);
			assertThat(page.locator("#indicator-C07 .gap")).hasText("7.5");
			assertThat(page.locator("#attainment-chart canvas")).hasCount(1);
			assertThat(page.locator("#history-chart canvas")).hasCount(1);
			Chromium.screenshot(page, "evaluation-zh.png");

			page.locator("#indicator-C07 a").click();
			assertThat(page.locator("#explain-value")).hasText("37");
			assertThat(page.locator("#explain-formula")).hasText("有效高新技术企业数(家)");
			assertThat(page.locator("#explain-formula")).hasAttribute("title", "high_tech_enterprises");
			assertThat(page.locator("#contributor-table tbody tr")).hasCount(25);
			Chromium.screenshot(page, "explain-zh.png");
		}
	}

	@Test
	void headquartersReadsThePoolAndOpensACandidatesQualifications() throws Exception {
		try (Page page = browser.newPage()) {
			Chromium.signIn(page, this.port, DemoAccounts.HEADQUARTERS);
			page.navigate("http://localhost:" + this.port + "/cultivation?zone=QJ-HTZ&year=2021&lang=zh_CN");
			assertThat(page.locator("#pool-high-tech .number")).hasText("37");
			assertThat(page.locator("#pool-high-tech .share")).containsText("56.1%");
			assertThat(page.locator("#outlook-table tbody tr")).hasCount(2);
			assertThat(page.locator("#candidate-table tbody tr").first()).hasAttribute("data-readiness", "READY");
			Chromium.screenshot(page, "cultivation-zh.png");
			page.locator("#pool-filter select[name=readiness]").selectOption("NEAR");
			page.locator("#pool-filter button").click();
			assertThat(page.locator("#candidate-table tbody tr").first()).hasAttribute("data-readiness", "NEAR");
			page.locator("#candidate-table tbody tr a").first().click();
			assertThat(page.locator("#high-tech-outcome")).hasText("不符合");
			assertThat(page.locator("#high-tech")).containsText("差");
			Chromium.screenshot(page, "qualification-zh.png");
		}
	}

	@Test
	void anEnterpriseSeesItsOwnSelfAssessment() {
		try (Page page = browser.newPage()) {
			Chromium.signIn(page, this.port, DemoAccounts.ENTERPRISE);
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/enterprises/\\d+$"));
			page.locator("#qualification-link").click();
			assertThat(page.locator("#tech-sme")).isVisible();
			assertThat(page.locator("#high-tech")).isVisible();
			assertThat(page.locator("#declaration-form")).isVisible();
			// 资格自评: a changed figure is judged on the spot, a malformed one named at its
			// field
			page.locator("#self-assessment-link").click();
			assertThat(page.locator("#self-results #high-tech-outcome")).isVisible();
			// typing before the deferred htmx has bound the form sends nothing: a person
			// does not type that fast, the test waits for the page to finish loading
			page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
			page.locator("#stStaff").fill("0");
			assertThat(page.locator("#self-results #high-tech")).containsText("科技人员占比0%");
			assertThat(page.locator("#self-results #high-tech-outcome")).hasText("不符合");
			page.locator("#staff").fill("很多");
			assertThat(page.locator("#err-staff")).hasText("请填写数字");
			assertThat(page.locator("#self-errors")).isVisible();
		}
	}

	@Test
	void aDepartmentUploadsPlatformsWatchesTheProgressAndSeesThemCounted() throws Exception {
		java.nio.file.Path file = java.nio.file.Files.createTempFile("platforms", ".csv");
		java.nio.file.Files.writeString(file,
				"园区代码,平台类型,平台名称,级别,认定(成立)年度\r\n"
						+ "QJ-HTZ,孵化器,黔江浏览器测试孵化器,市级,2026\r\nQJ-HTZ,科技服务机构,黔江浏览器测试服务中心,区级,2026\r\n",
				java.nio.charset.Charset.forName("GB18030"));
		try (Page page = browser.newPage()) {
			Chromium.signIn(page, this.port, DemoAccounts.DEPARTMENT);
			page.navigate("http://localhost:" + this.port + "/imports?lang=zh_CN");
			page.locator("#kind").selectOption("platforms");
			page.locator("#file").setInputFiles(file);
			page.locator("#upload").click();
			assertThat(page.locator("#progress-bar")).hasText("100%",
					new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(20_000));
			assertThat(page.locator("#done")).containsText("新增 2 条");
			Chromium.screenshot(page, "import-done-zh.png");
			page.navigate("http://localhost:" + this.port
					+ "/evaluation/explain?zone=QJ-HTZ&year=2026&standard=CQ-MUNICIPAL-HTZ&indicator=C13&aggregate=incubators");
			assertThat(page.locator("#contributor-table")).containsText("黔江浏览器测试孵化器");
		}
		finally {
			java.nio.file.Files.deleteIfExists(file);
		}
	}

}
