package org.gaoxin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium driven by Playwright, offline (decision 0004): skipped on a machine
 * without it, a failure in CI.
 */
public final class Chromium implements AutoCloseable {

	private final Playwright playwright;

	private final Browser browser;

	private Chromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	public static Chromium launch() {
		Path chromium = Paths.get(System.getenv().getOrDefault("GAOXIN_CHROMIUM", "/usr/bin/chromium"));
		if (!Files.isExecutable(chromium)) {
			if (System.getenv("CI") != null) {
				throw new IllegalStateException("CI must install Chromium at " + chromium + " (see .ci/run)");
			}
			assumeTrue(false,
					"No Chromium at " + chromium + ": install it (apt-get install chromium) to run browser tests");
		}
		// a busy two-core CI machine can take longer than Playwright's 5 s to answer an
		// htmx
		// request; a page that never shows what is expected still fails, later
		PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
		return new Chromium(playwright, browser);
	}

	public Browser browser() {
		return this.browser;
	}

	/**
	 * Signs in through the sign-in form as a person does (demo password); fails if the
	 * sign-in page comes back.
	 */
	public static void signIn(Page page, int port, String user) {
		page.navigate("http://localhost:" + port + "/login");
		page.locator("#username").fill(user);
		page.locator("#password").fill(DemoAccounts.PASSWORD);
		page.locator("#login").click();
		PlaywrightAssertions.assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
	}

	/**
	 * The whole page, scrolled, once its requests are done: target/screenshots/{name}.
	 */
	public static void screenshot(Page page, String name) {
		screenshot(page, name, true);
	}

	/** The page as the screen shows it ({@code whole}: scrolled to its end). */
	public static void screenshot(Page page, String name, boolean whole) {
		// loaded, not network-idle: a page that polls its progress never goes idle
		page.waitForLoadState(LoadState.LOAD);
		Path folder = Paths.get("target", "screenshots");
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name)).setFullPage(whole));
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
