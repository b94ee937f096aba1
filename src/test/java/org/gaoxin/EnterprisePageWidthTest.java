package org.gaoxin;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.gaoxin.support.Chromium;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An enterprise with a long name (a Latin run that has no place to break among it) and a
 * wide change history still fits a 1366 × 768 screen, in Chinese and in English: the page
 * never scrolls sideways. Screenshots under target/screenshots/enterprise-long-*.png.
 */
@DemoApplicationTest
class EnterprisePageWidthTest {

	private static final String LONG_NAME = "重庆黔江"
			+ "QianjiangAdvancedCompositeMaterialsResearchAndDevelopmentInternationalHoldingsGroup"
			+ "玻璃纤维增强复合材料及高性能铝合金新材料研发生产销售一体化科技股份有限公司";

	static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

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
	void anEnterpriseWithALongNameAndAWideHistoryFitsA1366PixelScreen() throws Exception {
		Map<String, Object> enterprise = this.jdbc.sql(
				"SELECT id, credit_code, name FROM enterprise WHERE zone_code = 'QJ-HTZ' ORDER BY id FETCH FIRST 1 ROWS ONLY")
			.query()
			.singleRow();
		long id = ((Number) enterprise.get("id")).longValue();
		String creditCode = enterprise.get("credit_code").toString().trim();
		String name = enterprise.get("name").toString();
		long lastAudit = this.jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_log").query(Long.class).single();
		List<String> problems = new ArrayList<>();
		try {
			// the data as an import would leave it; put back afterwards, as the other
			// tests read the demo zone
			this.jdbc.sql("UPDATE enterprise SET name = ? WHERE id = ?").params(LONG_NAME, id).update();
			// raw SQL bypasses the services: mark every zone's data as changed, as they
			// do
			this.jdbc.sql("UPDATE zone_data_version SET version = version + 1").update();
			history(creditCode, "name", name, LONG_NAME);
			history(creditCode, "industry", "玻璃纤维及制品制造", "X".repeat(40) + "玻璃纤维及制品制造" + "Y".repeat(300));
			try (BrowserContext context = chromium.browser()
				.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768));
					Page page = context.newPage()) {
				Chromium.signIn(page, this.port, DemoAccounts.ADMIN);
				for (String lang : List.of("zh_CN", "en")) {
					page.navigate("http://localhost:" + this.port + "/enterprises/" + id + "?lang=" + lang);
					page.waitForLoadState();
					assertThat(page.locator("h1")).hasText(LONG_NAME);
					assertThat(page.locator(".history-line")).not().hasCount(0);
					Map<?, ?> width = (Map<?, ?>) page.evaluate(
							"() => ({ scrollWidth: document.documentElement.scrollWidth, viewport: window.innerWidth })");
					if (((Number) width.get("scrollWidth")).intValue() > ((Number) width.get("viewport")).intValue()) {
						problems.add(lang + ": " + width);
					}
					Chromium.screenshot(page, "enterprise-long-" + lang + ".png");
				}
			}
		}
		finally {
			this.jdbc.sql("UPDATE enterprise SET name = ? WHERE id = ?").params(name, id).update();
			// raw SQL bypasses the services: mark every zone's data as changed, as they
			// do
			this.jdbc.sql("UPDATE zone_data_version SET version = version + 1").update();
			this.jdbc.sql("DELETE FROM audit_log WHERE id > ?").param(lastAudit).update();
		}
		assertThat(problems).isEmpty();
	}

	private void history(String creditCode, String field, String old, String now) {
		this.jdbc.sql("""
				INSERT INTO audit_log (occurred_at, actor, action, entity, entity_key, field, old_value, new_value)
				VALUES (?, 'demo-dept', 'UPDATE', 'enterprise', ?, ?, ?, ?)""")
			.params(OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC), creditCode, field, old, now)
			.update();
	}

}
