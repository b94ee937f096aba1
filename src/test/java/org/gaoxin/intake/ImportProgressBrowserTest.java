package org.gaoxin.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.shared.export.TableExport;
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
 * The import page's bar in a real Chromium at 1366 × 768: as full as its label says and
 * as the phases say, while the import waits for confirmation and once it is done.
 * Screenshots under target/screenshots/import-*.png. Nothing is written: one import
 * changes nothing, the other is cancelled.
 */
@DemoApplicationTest
class ImportProgressBrowserTest {

	/** How full the bar is drawn, in percent of its track. */
	private static final String DRAWN = """
			() => {
			  const bar = document.getElementById('progress-bar');
			  return Math.round(100 * bar.getBoundingClientRect().width / bar.parentElement.getBoundingClientRect().width);
			}""";

	static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	Exports exports;

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
	void theBarIsAsFullAsItsLabelWhenDoneAndWhenWaiting() throws Exception {
		Table exported = this.exports.reports("PS-IP", 2021, DataScope.everything(Role.ADMIN),
				Locale.SIMPLIFIED_CHINESE);
		Path same = Files.createTempFile("same", ".xlsx");
		Path changed = Files.createTempFile("changed", ".xlsx");
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)); Page page = context.newPage()) {
			Files.write(same, TableExport.xlsx("数据", exported.headers(), exported.rows().subList(0, 3)));
			List<Object> row = new ArrayList<>(exported.rows().get(0));
			int employees = exported.headers().indexOf("年末从业人员(人)");
			row.set(employees, ((Number) row.get(employees)).intValue() + 1);
			Files.write(changed, TableExport.xlsx("数据", exported.headers(), List.of(row)));
			Chromium.signIn(page, this.port, DemoAccounts.ADMIN);

			upload(page, same);
			assertThat(page.locator("#done")).isVisible();
			assertThat(page.locator("#progress-bar")).hasText("100%");
			assertDrawn(page, 100);
			Chromium.screenshot(page, "import-progress-done-zh.png", false);

			upload(page, changed);
			assertThat(page.locator("#confirm")).isVisible();
			assertThat(page.locator("#progress-bar")).hasText("60%");
			assertDrawn(page, 60);
			Chromium.screenshot(page, "import-progress-awaiting-zh.png", false);
			page.locator("#cancel").click();
			assertThat(page.locator("#cancelled")).isVisible();
			Chromium.screenshot(page, "import-progress-cancelled-zh.png", false);
		}
		finally {
			Files.deleteIfExists(same);
			Files.deleteIfExists(changed);
		}
	}

	private void upload(Page page, Path file) {
		page.navigate("http://localhost:" + this.port + "/imports?lang=zh_CN");
		page.locator("#kind").selectOption("annual-reports");
		page.locator("#file").setInputFiles(file);
		page.locator("#upload").click();
		page.waitForSelector("#progress[data-state='DONE'], #progress[data-state='AWAITING_CONFIRMATION']",
				new Page.WaitForSelectorOptions().setTimeout(30_000));
	}

	/**
	 * The bar of a stopped import is drawn as full as it says at once, not after an
	 * animation (htmx settles the swapped bar within a few milliseconds).
	 */
	private static void assertDrawn(Page page, int percent) {
		page.waitForTimeout(100);
		assertThat(((Number) page.evaluate(DRAWN)).intValue()).as("the bar drawn").isBetween(percent - 1, percent);
	}

}
