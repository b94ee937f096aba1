package org.gaoxin.dashboard.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
 * Headquarters opens the dashboard on a 1920×1080 wall screen and a 1366×768 laptop, in
 * Chinese and English: every chart is drawn (a canvas in each), no script fails, nothing
 * is wider than the window, the cards refresh in place, and a card leads to its page.
 * Screenshots go to target/screenshots.
 */
@DemoApplicationTest
class DashboardBrowserTest {

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

	/**
	 * The science bureau lands on its desk at 1366×768 in either language, without
	 * sideways scrolling; the zone's cockpit is one click away.
	 */
	@Test
	void theBureauLandsOnItsDeskInEitherLanguage() {
		try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 768))) {
			Chromium.signIn(page, this.port, DemoAccounts.DEPARTMENT);
			for (String lang : new String[] { "zh_CN", "en" }) {
				page.navigate("http://localhost:" + this.port + "/?lang=" + lang);
				org.assertj.core.api.Assertions.assertThat(page.url()).contains("/tasks/desk");
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

	@Test
	void theDashboardDrawsItsChartsAtBothSizesAndLeadsToItsPages() {
		for (int[] size : new int[][] { { 1920, 1080 }, { 1366, 768 } }) {
			for (String lang : new String[] { "zh_CN", "en" }) {
				try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(size[0], size[1]))) {
					List<String> errors = new ArrayList<>();
					page.onConsoleMessage((m) -> {
						if ("error".equals(m.type())) {
							errors.add(m.text() + " at " + m.location());
						}
					});
					page.onPageError(errors::add);
					page.onResponse((r) -> {
						if (r.status() >= 400) {
							errors.add(r.status() + " " + r.url());
						}
					});
					Chromium.signIn(page, this.port, DemoAccounts.HEADQUARTERS);
					page.navigate(url("/?zone=QJ-HTZ&year=2021&lang=" + lang));
					assertThat(page.locator("#summary-core-met")).hasText("20/23");
					assertThat(page.locator("#verdict-gauge canvas")).hasCount(1);
					assertThat(page.locator("#card-gaps .gap-row")).hasCount(3);
					assertThat(page.locator("#card-gaps .spark canvas")).hasCount(3);
					assertThat(page.locator("#card-high-tech canvas")).hasCount(1);
					assertThat(page.locator("#card-targets .light").first()).isVisible();
					assertThat(page.locator("#card-work canvas")).hasCount(1);
					assertThat(page.locator("#card-chains tbody tr").first()).isVisible();
					assertThat(page.locator("#region-chart canvas")).hasCount(1);
					assertThat(page.locator("#card-overdue li").first()).isVisible();
					int canvases = page.locator("canvas").count();
					int charts = page.locator("[data-echart], #region-chart").count();
					assertThat(canvases).as("a canvas for every chart").isEqualTo(charts);
					Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
					assertThat(((Number) overflow).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);
					Chromium.screenshot(page, "dashboard-" + size[0] + "-" + lang + ".png", false);
					// the cards refresh in place (htmx), charts drawn again
					page.evaluate("htmx.ajax('GET', document.getElementById('dashboard-cards').getAttribute('hx-get'),"
							+ " {target: '#dashboard-cards', swap: 'outerHTML'})");
					assertThat(page.locator("#card-gaps .spark canvas")).hasCount(3);
					assertThat(page.locator("#card-high-tech canvas")).hasCount(1);
					assertThat(errors).as("console errors at " + size[0] + " " + lang).isEmpty();
				}
			}
		}
	}

	@Test
	void aCardLeadsToItsPage() {
		try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 768))) {
			Chromium.signIn(page, this.port, DemoAccounts.HEADQUARTERS);
			page.navigate(url("/?zone=QJ-HTZ&year=2021&lang=zh_CN"));
			page.locator("#card-targets .card-title a").click();
			assertThat(page).hasURL(Pattern.compile(".*/targets\\?zone=QJ-HTZ&year=2021"));
			page.goBack();
			page.locator("#card-gaps .card-title a").click();
			assertThat(page).hasURL(Pattern.compile(".*/evaluation\\?zone=QJ-HTZ&year=2021"));
			page.goBack();
			page.locator("#quality-link").click();
			assertThat(page).hasURL(Pattern.compile(".*/quality\\?zone=QJ-HTZ&year=2021"));
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
