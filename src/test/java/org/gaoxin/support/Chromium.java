package org.gaoxin.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

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

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
