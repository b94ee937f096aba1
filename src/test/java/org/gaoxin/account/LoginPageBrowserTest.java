package org.gaoxin.account;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.gaoxin.support.Chromium;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in page in Chromium, in Chinese and English: the platform's name is told once,
 * and after a failed sign-in the username field keeps what was typed (the password field
 * does not). Screenshots under target/screenshots/login-*.png. The name tried is no
 * account's, from the loopback address, once per language: far from any lock.
 */
@DemoApplicationTest
class LoginPageBrowserTest {

	private static final String TYPED = "Zhang.Wei@example";

	static Chromium chromium;

	@LocalServerPort
	int port;

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
	void theNameIsToldOnceAndAFailedSignInKeepsTheUsername() throws Exception {
		for (String lang : List.of("zh_CN", "en")) {
			boolean chinese = !"en".equals(lang);
			try (BrowserContext context = chromium.browser()
				.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768));
					Page page = context.newPage()) {
				page.navigate("http://localhost:" + this.port + "/login?lang=" + lang);
				Chromium.screenshot(page, "login-" + lang + ".png", false);
				// the mark is the name; no text beside it says the name again
				assertThat(page.locator(".login-card .brand-mark")).hasCount(1);
				String besideTheMark = (String) page
					.evaluate("() => { const card = document.querySelector('.login-card')"
							+ ".cloneNode(true); card.querySelectorAll('.brand-mark').forEach((m) => m.remove());"
							+ " return card.textContent; }");
				assertThat(besideTheMark).as("the sign-in card beside its mark (%s)", lang)
					.doesNotContainPattern(chinese ? "高新(?!技术|区)" : "Gaoxin");
				assertThat(page.locator("h1")).hasCount(1);

				page.locator("#username").fill(TYPED);
				page.locator("#password").fill("not-the-password");
				page.locator("#login").click();
				page.waitForURL(Pattern.compile(".*/login\\?error.*"));
				Chromium.screenshot(page, "login-failed-" + lang + ".png", false);
				assertThat(page.locator("[role=alert]")).hasText(chinese ? "用户名或密码错误" : "Wrong username or password");
				assertThat(page.locator("#username")).hasValue(TYPED);
				assertThat(page.locator("#password")).hasValue("");
				assertThat(page.locator("#password")).isFocused();

				page.reload();
				// only the page right after the failure keeps it
				assertThat(page.locator("#username")).hasValue("");
			}
		}
	}

}
