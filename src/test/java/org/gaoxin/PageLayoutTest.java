package org.gaoxin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.enterprise.EnterpriseSearch;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.shared.PageRequest;
import org.gaoxin.support.Chromium;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 1366 × 768 screen, the smallest the offices use, no main page is wider than the
 * window and no button's text wraps, in Chinese and in English. Every page is kept as a
 * screenshot under target/screenshots/layout-*.png to look at.
 */
@DemoApplicationTest
class PageLayoutTest {

	private static final String CHECK = """
			() => {
			  const width = window.innerWidth;
			  const visible = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
			  const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
			      + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
			  const scrolls = (e) => { for (let p = e.parentElement; p; p = p.parentElement) {
			      if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return true; } return false; };
			  const wide = Array.from(document.querySelectorAll('body *'))
			    .filter((e) => visible(e) && !scrolls(e) && e.getBoundingClientRect().right > width + 1)
			    .slice(0, 5).map((e) => name(e) + ' right=' + Math.round(e.getBoundingClientRect().right));
			  const wrapped = Array.from(document.querySelectorAll('.btn, button')).filter(visible).filter((b) => {
			    const range = document.createRange();
			    range.selectNodeContents(b);
			    const lines = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)));
			    return lines.size > 1 || b.scrollWidth > b.clientWidth + 1;
			  }).map((b) => name(b) + ' "' + b.textContent.trim() + '"');
			  return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, wide: wide, wrapped: wrapped };
			}""";

	static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	Enterprises enterprises;

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

	@Test
	void theMainPagesFitA1366PixelScreenInBothLanguages() throws Exception {
		long enterprise = qianjiangEnterprise();
		List<String> pages = List.of("/", "/evaluation",
				"/evaluation/explain?zone=QJ-HTZ&year=2021"
						+ "&standard=CQ-MUNICIPAL-HTZ@2021-illustrative&indicator=C07",
				"/cultivation", "/quality", "/zones/QJ-HTZ/figures", "/enterprises", "/enterprises/" + enterprise,
				"/enterprises/" + enterprise + "/qualification", "/standards",
				"/standards/CQ-MUNICIPAL-HTZ/2021-illustrative");
		List<String> problems = new ArrayList<>();
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)); Page page = context.newPage()) {
			Chromium.signIn(page, this.port, DemoAccounts.ADMIN);
			for (String lang : List.of("zh_CN", "en")) {
				for (String path : pages) {
					page.navigate(
							"http://localhost:" + this.port + path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
					page.waitForLoadState();
					@SuppressWarnings("unchecked")
					Map<String, Object> layout = (Map<String, Object>) page.evaluate(CHECK);
					if (((Number) layout.get("scrollWidth")).intValue() > ((Number) layout.get("innerWidth")).intValue()
							|| !((List<?>) layout.get("wrapped")).isEmpty()) {
						problems.add(path + " (" + lang + "): " + layout);
					}
					screenshot(page, "layout-" + fileName(path) + "-" + lang + ".png");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyDistrictOfTheRegionChartIsLabelled() throws Exception {
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)); Page page = context.newPage()) {
			Chromium.signIn(page, this.port, DemoAccounts.HEADQUARTERS);
			for (String lang : List.of("zh_CN", "en")) {
				page.navigate("http://localhost:" + this.port + "/?zone=QJ-HTZ&year=2021&lang=" + lang);
				assertThat(page.locator("#region-chart canvas")).hasCount(1);
				// the chart's x-axis shows every category (ECharts' option as set by
				// app.js)
				Object shown = page.evaluate("""
						() => {
						  const chart = echarts.getInstanceByDom(document.getElementById('region-chart'));
						  const axis = chart.getOption().xAxis[0];
						  return axis.axisLabel.interval === 0 && axis.data.length === 6;
						}""");
				assertThat(shown).isEqualTo(true);
				screenshot(page, "layout-region-chart-" + lang + ".png");
			}
		}
	}

	@Test
	void printedPagesCarryTheContentOnlyWithChartsAsWideAsThePaper() throws Exception {
		long enterprise = qianjiangEnterprise();
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)); Page page = context.newPage()) {
			Chromium.signIn(page, this.port, DemoAccounts.HEADQUARTERS);
			for (String path : List.of("/evaluation?zone=QJ-HTZ&year=2021", "/enterprises/" + enterprise,
					"/enterprises/" + enterprise + "/qualification?year=2021")) {
				assertThat(page.navigate("http://localhost:" + this.port + path).ok()).as(path).isTrue();
				page.emulateMedia(
						new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
				// A4 less the margins, at 96 dpi
				page.setViewportSize(700, 1000);
				page.waitForTimeout(300);
				assertThat(page.locator(".app-sidebar")).isHidden();
				assertThat(page.locator(".app-topbar")).isHidden();
				assertThat(page.locator("main .btn").first()).isHidden();
				Object chartsFit = page.evaluate("""
						() => Array.from(document.querySelectorAll('.chart canvas'))
						  .every((c) => c.getBoundingClientRect().width <= document.documentElement.clientWidth)""");
				assertThat(chartsFit).isEqualTo(true);
				screenshot(page, "print-" + fileName(path) + ".png");
				page.emulateMedia(
						new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));
				page.setViewportSize(1366, 768);
			}
		}
	}

	/** An enterprise of Qianjiang, whose pages headquarters may read. */
	private long qianjiangEnterprise() {
		return this.enterprises
			.search(new EnterpriseSearch(null, DemoAccounts.QIANJIANG, 2021, null, true,
					org.gaoxin.enterprise.EnterpriseSort.NAME, false), DataScope.everything(Role.ADMIN),
					new PageRequest(0, 1))
			.items()
			.get(0)
			.id();
	}

	private static String fileName(String path) {
		String name = path.replaceAll("\\?.*", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return name.isEmpty() ? "home" : name;
	}

	/** The whole page, and the first screen of it as a person sees it. */
	/** The whole page, and the first screen of it. */
	private static void screenshot(Page page, String name) {
		Chromium.screenshot(page, name);
		Chromium.screenshot(page, name.replace(".png", "-screen.png"), false);
	}

}
