package org.gaoxin.dashboard.web;

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
 * The science bureau signs in at 1366×768 and lands on its desk, in Chinese and English,
 * without the page overflowing sideways; the zone's cockpit is one click away.
 * Screenshots go to target/screenshots.
 */
@DemoApplicationTest
class DashboardDepartmentBrowserTest {

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
	void theBureauLandsOnItsDeskInEitherLanguage() {
		try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 768))) {
			Chromium.signIn(page, this.port, DemoAccounts.DEPARTMENT);
			for (String lang : new String[] { "zh_CN", "en" }) {
				page.navigate("http://localhost:" + this.port + "/?lang=" + lang);
				assertThat(page.url()).contains("/tasks/desk");
				assertThat(page.locator("#desk-items tr[data-task-id]").first()).isVisible();
				assertThat(page.locator("#desk-indicators tr[data-indicator='C07']")).isVisible();
				assertThat((Boolean) page
					.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
					.as("no sideways scrolling")
					.isTrue();
				Chromium.screenshot(page, "dashboard-department-" + (lang.equals("en") ? "en" : "zh") + ".png");
			}
			page.locator("#zone-view-link").click();
			assertThat(page.locator("#dashboard-cards")).isVisible();
		}
	}

}
