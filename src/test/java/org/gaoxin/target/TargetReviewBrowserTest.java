package org.gaoxin.target;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.gaoxin.support.Chromium;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reviewer's steps on the target pages (issue 11) in a real Chromium at 1366×768, in
 * both languages: the pages fit the screen, the forms' choices can be read, the unit
 * costs save, a scenario asks before it goes, a counted change only adds. Screenshots go
 * to target/screenshots.
 */
@DemoApplicationTest
class TargetReviewBrowserTest {

	private static final String ZONE = DemoAccounts.QIANJIANG;

	static Chromium chromium;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

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

	/** The browser's saves are real: the zone's unit costs and scenarios go again. */
	@AfterEach
	void forgetWhatTheBrowserSaved() {
		this.jdbc.sql("DELETE FROM gap_unit_cost WHERE zone_code = :zone").param("zone", ZONE).update();
		this.jdbc
			.sql("DELETE FROM what_if_change WHERE scenario_id IN (SELECT id FROM what_if_scenario"
					+ " WHERE zone_code = :zone AND name LIKE :name)")
			.param("zone", ZONE)
			.param("name", "浏览器评审%")
			.update();
		this.jdbc.sql("DELETE FROM what_if_scenario WHERE zone_code = :zone AND name LIKE :name")
			.param("zone", ZONE)
			.param("name", "浏览器评审%")
			.update();
	}

	/** Findings 10 and 23: every target page fits 1366 px, and no choice is cut. */
	@Test
	void thePagesFitTheScreenAndTheirChoicesCanBeReadInBothLanguages() throws Exception {
		try (Page page = newPage()) {
			Chromium.signIn(page, this.port, DemoAccounts.HEADQUARTERS);
			for (String lang : List.of("en", "zh_CN")) {
				for (String route : List.of("/targets?zone=QJ-HTZ&year=2021", "/targets/path?zone=QJ-HTZ&year=2021",
						"/targets/path?zone=QJ-HTZ&year=2021&budget=2000000",
						"/targets/scenarios?zone=QJ-HTZ&year=2021", "/targets?zone=QJ-HTZ&year=2018")) {
					page.navigate(url(route + "&lang=" + lang));
					String name = route.replaceAll("[^a-z0-9]+", "-").replaceAll("-+$", "") + "-" + lang + ".png";
					Chromium.screenshot(page, "review" + name);
					assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
						.as("width of %s in %s", route, lang)
						.isLessThanOrEqualTo(1366);
					assertThat(cutChoices(page)).as("choices cut on %s in %s", route, lang).isEmpty();
					assertThat((List<?>) page
						.evaluate("() => Array.from(document.querySelectorAll('main .table-responsive'))"
								+ ".filter((t) => t.offsetParent !== null && t.scrollWidth > t.clientWidth + 1)"
								+ ".map((t) => t.querySelector('table').id)"))
						.as("tables cut on %s in %s", route, lang)
						.isEmpty();
				}
			}
		}
	}

	/** Finding 3: headquarters types unit costs and saves them with the button. */
	@Test
	void headquartersSavesTheUnitCostsWithTheButton() throws Exception {
		try (Page page = newPage()) {
			Chromium.signIn(page, this.port, DemoAccounts.HEADQUARTERS);
			page.navigate(url("/targets/path?zone=QJ-HTZ&year=2021&lang=zh_CN"));
			page.locator("#cost-staff").fill("12345");
			page.locator("#costs-save").click();
			assertThat(page.locator("#budget .alert-success")).hasText("单位成本已保存为本园区的数据");
			assertThat(page.locator("#cost-staff")).hasValue("12345");
			Chromium.screenshot(page, "review-costs-saved-zh.png");
			page.locator("#switch-language").click();
			assertThat(page.locator("#cost-staff")).hasValue("12345");
			assertThat(page.locator("#costs-save")).hasText("Save the unit costs");
		}
	}

	/**
	 * Findings 5, 18 and 20: a counted change offers only adding, more rows come on
	 * request, and deleting asks first.
	 */
	@Test
	void theScenarioEditorOffersWhatEachChangeSupportsAndAsksBeforeDeleting() throws Exception {
		try (Page page = newPage()) {
			Chromium.signIn(page, this.port, DemoAccounts.HEADQUARTERS);
			page.navigate(url("/targets/scenarios?zone=QJ-HTZ&year=2021&lang=zh_CN"));
			page.locator("select[name='rows[0].what']").selectOption("PLATFORM:INCUBATOR");
			assertThat(page.locator("select[name='rows[0].mode'] option[value='SET']")).isDisabled();
			assertThat(page.locator("select[name='rows[0].mode'] option[value='PERCENT']")).isDisabled();
			assertThat(page.locator("select[name='rows[0].mode']")).hasValue("ADD");
			page.locator("select[name='rows[1].what']").selectOption("FIGURE:fdi_actual");
			assertThat(page.locator("select[name='rows[1].mode'] option[value='PERCENT']")).isEnabled();
			page.locator("select[name='rows[1].mode']").selectOption("PERCENT");
			page.locator("input[name='rows[0].amount']").fill("2");
			page.locator("input[name='rows[1].amount']").fill("20");
			page.locator("#scenario-more-rows").click();
			assertThat(page.locator("select.scenario-what")).hasCount(8);
			assertThat(page.locator("input[name='rows[1].amount']")).hasValue("20");
			page.locator("#scenario-name").fill("浏览器评审:平台与外资");
			page.locator("#scenario-save").click();
			assertThat(page.locator("#scenario-saved")).containsText("浏览器评审:平台与外资");
			assertThat(page.locator("#scenario-applied")).containsText("新增2个孵化器");
			assertThat(page.locator("#scenario-delete-confirm")).not().isVisible();
			page.locator("#scenario-delete").click();
			assertThat(page.locator("#scenario-delete-confirm")).isVisible();
			Chromium.screenshot(page, "review-scenario-delete-zh.png");
			page.locator("#scenario-delete-confirm").click();
			assertThat(page.locator("#saved-scenarios")).not().containsText("浏览器评审:平台与外资");
		}
	}

	/**
	 * The selects whose chosen text or longest option is wider than the select shows:
	 * "Indicator of a star…" cut at 1366 px.
	 */
	@SuppressWarnings("unchecked")
	private static List<String> cutChoices(Page page) {
		return (List<String>) page.evaluate("""
				() => {
				  const cut = [];
				  const probe = document.createElement('span');
				  probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
				  document.body.appendChild(probe);
				  document.querySelectorAll('main select').forEach((select) => {
				    if (select.offsetParent === null) { return; }
				    const style = getComputedStyle(select);
				    probe.style.font = style.font;
				    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
				    const text = select.options[select.selectedIndex] ? select.options[select.selectedIndex].text : '';
				    probe.textContent = text;
				    if (probe.offsetWidth > room + 1) { cut.push((select.id || select.name) + ': ' + text); }
				  });
				  probe.remove();
				  return cut;
				}""");
	}

	private Page newPage() {
		return browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 768));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
