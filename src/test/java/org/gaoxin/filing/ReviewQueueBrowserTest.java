package org.gaoxin.filing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.support.Chromium;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.TestReports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The department's review queue on a 1366 × 768 screen, in Chinese and English, with a
 * report whose revenue jumped (a data-quality finding beside it): the comment boxes are
 * wide enough to read what one types. Screenshots under
 * target/screenshots/review-queue-*.png. The test enterprise is removed afterwards.
 */
@DemoApplicationTest
class ReviewQueueBrowserTest {

	/** About ten Chinese characters of the small inputs' text. */
	private static final int READABLE = 150;

	static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	Enterprises enterprises;

	@Autowired
	AnnualReports reports;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	JdbcClient jdbc;

	private long jumped;

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

	@BeforeEach
	void aReportWithAFindingAwaitsReview() {
		this.jumped = this.enterprises.register(TestReports.enterprise(86, "重庆黔江审核宽度测试科技有限公司", DemoAccounts.QIANJIANG));
		this.reports.file(TestReports.report(this.jumped, 2021, ReportStatus.APPROVED));
		DataScope own = new DataScope(Role.ENTERPRISE, DemoAccounts.QIANJIANG, this.jumped, null, null);
		this.workflow.submit(TestReports.report(this.jumped, 2022, ReportStatus.DRAFT,
				Map.of(ReportField.OPERATING_REVENUE, new BigDecimal("240000"))), null, own);
	}

	@AfterEach
	void removeTheTestEnterprise() {
		for (String table : List.of("report_review", "enterprise_report")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE enterprise_id = :id").param("id", this.jumped).update();
		}
		this.jdbc.sql("DELETE FROM enterprise WHERE id = :id").param("id", this.jumped).update();
		// raw SQL bypasses the services: mark every zone's data as changed, as they do
		this.jdbc.sql("UPDATE zone_data_version SET version = version + 1").update();
	}

	@Test
	void theCommentBoxesOfARowWithAFindingAreWideEnoughToRead() throws Exception {
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)); Page page = context.newPage()) {
			Chromium.signIn(page, this.port, DemoAccounts.DEPARTMENT);
			for (String lang : List.of("zh_CN", "en")) {
				page.navigate("http://localhost:" + this.port + "/reports/review?lang=" + lang);
				Locator row = page.locator("#pending-" + this.jumped + "-2022");
				assertThat(row.locator(".report-finding")).not().hasCount(0);
				Map<String, Double> widths = new java.util.LinkedHashMap<>();
				for (String form : List.of(".approve-form", ".return-form")) {
					Locator comment = row.locator(form + " input[name=comment]");
					comment.fill("数据已与税务申报核对无误");
					widths.put(form, comment.boundingBox().width);
				}
				row.scrollIntoViewIfNeeded();
				Chromium.screenshot(page, "review-queue-" + lang + ".png", false);
				widths.forEach((form, width) -> assertThat(width).as("%s comment (%s)", form, lang)
					.isGreaterThanOrEqualTo(READABLE));
				Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
				assertThat(fits).as("the page fits the window (%s)", lang).isEqualTo(true);
				// a table wider than its card scrolls inside it, hiding the buttons at
				// its end
				Object tableFits = page.evaluate(
						"() => { const w = document.querySelector('#pending-table').parentElement; return w.scrollWidth <= w.clientWidth; }");
				assertThat(tableFits).as("the queue fits its card without scrolling (%s)", lang).isEqualTo(true);
				for (String button : List.of(".approve-form button", ".return-form button")) {
					assertThat(row.locator(button)).isInViewport();
				}
			}
		}
	}

}
