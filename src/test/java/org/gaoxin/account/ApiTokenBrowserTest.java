package org.gaoxin.account;

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
 * The API tokens page in a real Chromium at 1366×768: the viewer creates a read-only
 * token, sees its secret once, then revokes it; the administrator's page lists every
 * user's tokens; both languages. Screenshots go to target/screenshots.
 */
@DemoApplicationTest
class ApiTokenBrowserTest {

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
	void createSeeOnceAndRevokeATokenInBothLanguages() {
		try (Page page = newPage()) {
			Chromium.signIn(page, this.port, DemoAccounts.VIEWER);
			page.navigate(url("/tokens?lang=zh_CN"));
			page.locator("#token-name").fill("统计局数据接口");
			page.locator("#token-days").fill("30");
			page.locator("#token-read-only").check();
			page.locator("#token-form button[type=submit]").click();
			assertThat(page.locator("#token-secret")).containsText("gxt_");
			assertThat(page.locator("#tokens-table")).containsText("统计局数据接口");
			Chromium.screenshot(page, "tokens-created-zh.png");
			page.navigate(url("/tokens?lang=en"));
			assertThat(page.locator("#token-secret")).hasCount(0);
			assertThat(page.locator("#tokens-table")).containsText("read only");
			Chromium.screenshot(page, "tokens-en.png");
			page.locator("#tokens-table .revoke-form button").first().click();
			assertThat(page.locator("#tokens-notice")).isVisible();
			assertThat(page.locator("#tokens-table")).containsText("revoked by demo-viewer");
			Chromium.screenshot(page, "tokens-revoked-en.png");
		}
		try (Page page = newPage()) {
			Chromium.signIn(page, this.port, DemoAccounts.ADMIN);
			page.navigate(url("/tokens?lang=zh_CN"));
			assertThat(page.locator("#tokens-all-table")).containsText("demo-viewer");
			Chromium.screenshot(page, "tokens-admin-zh.png");
		}
	}

	private Page newPage() {
		return browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 768));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
