package org.gaoxin.industry;

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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The silk chain's leader signs in, lands on the chain's map, clicks a link on the map
 * and reads its enterprises; headquarters reads the chains, the investment pipeline and
 * the innovation path. In a real Chromium at 1366×768, in both languages; screenshots go
 * to target/screenshots. Skipped without Chromium on a developer machine, failing in CI.
 */
@DemoApplicationTest
class ChainBrowserTest {

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
	void theChainLeaderLandsOnTheMapAndClicksThroughToALinksEnterprises() throws Exception {
		try (Page page = newPage()) {
			Chromium.signIn(page, this.port, DemoAccounts.CHAIN_LEADER);
			page.waitForURL("**/chains/QJ-SILK**");
			assertThat(page.locator("#chain-title")).containsText("蚕桑丝绸");
			assertThat(page.locator("#chain-map canvas")).hasCount(1);
			assertThat(page.locator("#chain-map")).hasAttribute("data-ready", "true");
			Chromium.screenshot(page, "chain-zh.png");
			// click the weaving node where the map drew it
			String[] at = page.locator("#chain-map").getAttribute("data-node-qj-silk-weave").split(",");
			double x = page.locator("#chain-map").boundingBox().x + Double.parseDouble(at[0]);
			double y = page.locator("#chain-map").boundingBox().y + Double.parseDouble(at[1]);
			page.mouse().click(x, y);
			page.waitForURL("**/chains/QJ-SILK/links/QJ-SILK-WEAVE**");
			assertThat(page.locator("#link-title")).containsText("织绸");
			assertThat(page.locator("#link-enterprises tbody tr").first()).isVisible();
			assertThat(page.locator("#link-enterprises tbody tr").count()).isPositive();
			Chromium.screenshot(page, "chain-link-zh.png");
			page.locator("#switch-language").click();
			assertThat(page.locator("#link-title")).containsText("Silk weaving");
			Chromium.screenshot(page, "chain-link-en.png");
			page.locator("#back-to-chain").click();
			assertThat(page.locator("#chain-map canvas")).hasCount(1);
			assertThat(page.locator("#link-QJ-SILK-ART .strength")).hasText("Fill");
			Chromium.screenshot(page, "chain-en.png");
		}
	}

	@Test
	void headquartersReadsTheChainsThePipelineAndTheInnovationPath() throws Exception {
		try (Page page = newPage()) {
			Chromium.signIn(page, this.port, DemoAccounts.HEADQUARTERS);
			page.navigate(url("/chains?zone=QJ-HTZ&year=2021&lang=zh_CN"));
			assertThat(page.locator(".chain-card")).hasCount(4);
			Chromium.screenshot(page, "chains-zh.png");
			page.navigate(url("/chains/QJ-NM?year=2021&lang=en"));
			assertThat(page.locator("#chain-map")).hasAttribute("data-ready", "true");
			Chromium.screenshot(page, "chain-materials-en.png");
			page.navigate(url("/chains?zone=QJ-HTZ&year=2021&lang=zh_CN"));
			page.locator("#investment-link").click();
			assertThat(page.locator("#fdi-C05")).isVisible();
			assertThat(page.locator("#fdi-2021 .projects")).not().hasText("—");
			Chromium.screenshot(page, "investment-zh.png");
			page.locator("#switch-language").click();
			assertThat(page.locator("#stage-IN_PRODUCTION")).containsText("In production");
			Chromium.screenshot(page, "investment-en.png");
			page.navigate(url("/innovation?zone=QJ-HTZ&year=2021&lang=zh_CN"));
			assertThat(page.locator("#innovation-sankey canvas")).hasCount(1);
			Chromium.screenshot(page, "innovation-zh.png");
			page.navigate(url("/investment/projects/" + firstProject(page) + "?lang=zh_CN"));
			Chromium.screenshot(page, "project-zh.png");
		}
	}

	private static String firstProject(Page page) {
		page.navigate(page.url().replaceAll("/innovation.*", "/investment?zone=QJ-HTZ&lang=zh_CN"));
		String href = page.locator("#project-table tbody tr a").first().getAttribute("href");
		return href.substring(href.lastIndexOf('/') + 1);
	}

	private Page newPage() {
		return browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 768));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
