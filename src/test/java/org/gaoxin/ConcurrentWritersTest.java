package org.gaoxin;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditAction;
import org.gaoxin.audit.AuditEntry;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.filing.AnnualReports;
import org.gaoxin.statistics.ZoneFigure;
import org.gaoxin.statistics.ZoneFigures;
import org.gaoxin.support.DemoAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty people on loopback for a few seconds, each signed in with their own session,
 * saving zone figures and the annual report draft through the forms of the real server,
 * each form naming the version it showed. Afterwards every save a writer was told
 * succeeded is in the record's history exactly once, the history is one unbroken chain
 * (each change starts from the value the one before left: no save overwrote another it
 * had not seen), the last change is what is stored, every other attempt was told of the
 * conflict, and no answer was a 5xx — also when many first saves of figures that did not
 * exist yet arrive together. The application runs on its own database, so the writes
 * leave the other tests' data alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:gaoxin-concurrency;DB_CLOSE_DELAY=-1")
@DirtiesContext
class ConcurrentWritersTest {

	private static final int WRITERS = 50;

	private static final int DRAFT_WRITERS = 10;

	private static final Duration RUN = Duration.ofSeconds(8);

	private static final int DRAFT_YEAR = 2023;

	/** Two figures that exist and two that do not yet: first saves race for those. */
	// 2022 is the year after the demo's data, which the zone offers and nobody has
	// filled in: its figures are first saves
	private static final List<String> FIGURES = List.of("2021/gdp", "2021/fiscal_revenue", "2022/gdp",
			"2022/population");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@LocalServerPort
	int port;

	@Autowired
	ZoneFigures figures;

	@Autowired
	AnnualReports reports;

	@Autowired
	AuditLog audit;

	@Autowired
	UserDetailsService users;

	/** Values writers were told were saved, by record. */
	private final Map<String, List<String>> saved = new ConcurrentHashMap<>();

	private final Map<String, Integer> conflicts = new ConcurrentHashMap<>();

	private final List<String> wrong = new CopyOnWriteArrayList<>();

	@Test
	void fiftyWritersLoseNothingAndEveryConflictIsReported() throws Exception {
		long own = ((GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ENTERPRISE)).scope().enterpriseId();
		Map<String, Integer> historyBefore = new HashMap<>();
		for (String figure : FIGURES) {
			historyBefore.put(figure, this.audit.forRecord("zone_figure", figureKey(figure)).size());
		}
		ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
		CountDownLatch signedIn = new CountDownLatch(WRITERS);
		CountDownLatch start = new CountDownLatch(1);
		long[] deadline = new long[1];
		for (int w = 0; w < WRITERS; w++) {
			int writer = w;
			writers.submit(() -> {
				boolean drafts = writer < DRAFT_WRITERS;
				Session session = new Session();
				try {
					session.signIn(drafts ? DemoAccounts.ENTERPRISE
							: (writer % 2 == 0) ? DemoAccounts.DEPARTMENT : DemoAccounts.HEADQUARTERS);
				}
				finally {
					signedIn.countDown();
				}
				start.await();
				if (drafts) {
					writeDrafts(session, writer, deadline[0]);
				}
				else {
					writeFigures(session, writer, deadline[0]);
				}
				return null;
			});
		}
		assertThat(signedIn.await(300, TimeUnit.SECONDS)).isTrue();
		deadline[0] = System.nanoTime() + RUN.toNanos();
		start.countDown();
		writers.shutdown();
		assertThat(writers.awaitTermination(RUN.toSeconds() + 180, TimeUnit.SECONDS)).isTrue();

		assertThat(this.wrong).as("answers other than a save or the form's conflict").isEmpty();
		assertThat(this.conflicts.values().stream().mapToInt(Integer::intValue).sum()).as("reported conflicts")
			.isPositive();
		for (String figure : FIGURES) {
			List<AuditEntry> history = this.audit.forRecord("zone_figure", figureKey(figure));
			String[] parts = figure.split("/");
			ZoneFigure stored = this.figures.of(DemoAccounts.QIANJIANG, Integer.parseInt(parts[0]))
				.stream()
				.filter((f) -> f.code().equals(parts[1]))
				.findFirst()
				.orElseThrow();
			nothingLost(figure, history.subList(historyBefore.get(figure), history.size()), "value",
					plain(stored.number()));
		}
		Integer employees = this.reports.of(own, DRAFT_YEAR, DataScope.everything(Role.ADMIN))
			.orElseThrow()
			.employees();
		nothingLost("draft", this.audit.forRecord("enterprise_report", own + "/" + DRAFT_YEAR), "qd01",
				String.valueOf(employees));
	}

	/**
	 * The record's changes during the run: one unbroken chain of the values writers were
	 * told were saved, each exactly once, ending in what is stored.
	 */
	private void nothingLost(String record, List<AuditEntry> changes, String field, String stored) {
		List<String> told = this.saved.getOrDefault(record, List.of());
		assertThat(told).as("saves of %s", record).isNotEmpty();
		List<String> chain = new ArrayList<>();
		String previous = null;
		for (AuditEntry change : changes) {
			if (change.action() == AuditAction.CREATE) {
				Matcher value = Pattern.compile(field + "=([^,]+)").matcher(change.newValue());
				assertThat(value.find()).as("created %s", record).isTrue();
				assertThat(chain).as("%s created once, first", record).isEmpty();
				previous = value.group(1);
				chain.add(previous);
			}
			else if (field.equals(change.field())) {
				if (previous != null) {
					assertThat(change.oldValue()).as("change of %s starts where the one before ended", record)
						.isEqualTo(previous);
				}
				previous = change.newValue();
				chain.add(previous);
			}
		}
		assertThat(chain).as("history of %s against what writers were told", record)
			.containsExactlyInAnyOrderElementsOf(told);
		assertThat(previous).as("stored %s", record).isEqualTo(stored);
	}

	private void writeFigures(Session session, int writer, long deadline) {
		Map<String, Integer> versions = new HashMap<>();
		int sequence = 0;
		while (System.nanoTime() < deadline) {
			sequence++;
			String figure = FIGURES.get((writer + sequence) % FIGURES.size());
			String[] parts = figure.split("/");
			String page = "/zones/" + DemoAccounts.QIANJIANG + "/figures?year=" + parts[0];
			String value = String.valueOf(writer * 100_000L + sequence);
			try {
				if (!versions.containsKey(figure)) {
					versions.put(figure, rowVersion(session.get(page), parts[1]));
				}
				Map<String, String> form = new LinkedHashMap<>();
				form.put("year", parts[0]);
				form.put("value", value);
				form.put("source", "writer " + writer);
				form.put("version", String.valueOf(versions.get(figure)));
				HttpResponse<String> posted = session.post("/zones/" + DemoAccounts.QIANJIANG + "/figures/" + parts[1],
						form);
				if (posted.statusCode() != 302) {
					this.wrong.add(figure + " → " + posted.statusCode());
					continue;
				}
				String after = session.get(page);
				if (after.contains("id=\"figure-conflict\"")) {
					this.conflicts.merge(figure, 1, Integer::sum);
				}
				else if (after.contains("alert-success")) {
					this.saved.computeIfAbsent(figure, (k) -> new CopyOnWriteArrayList<>()).add(value);
				}
				else {
					this.wrong.add(figure + " → neither saved nor a conflict");
				}
				versions.put(figure, rowVersion(after, parts[1]));
			}
			catch (Exception | AssertionError ex) {
				// a page without the form (a refused year, say) is a wrong answer too,
				// not a
				// writer that stops without a word
				this.wrong.add(figure + " → " + ex);
			}
		}
	}

	private void writeDrafts(Session session, int writer, long deadline) {
		String page = "/reports/submit?year=" + DRAFT_YEAR;
		int sequence = 0;
		try {
			int version = version(session.get(page));
			while (System.nanoTime() < deadline) {
				sequence++;
				String value = String.valueOf(writer * 10_000 + sequence);
				Map<String, String> form = new LinkedHashMap<>();
				form.put("year", String.valueOf(DRAFT_YEAR));
				form.put("version", String.valueOf(version));
				form.put("intent", "draft");
				form.put("employees", value);
				HttpResponse<String> posted = session.post("/reports/submit", form);
				if (posted.statusCode() == 302) {
					this.saved.computeIfAbsent("draft", (k) -> new CopyOnWriteArrayList<>()).add(value);
					version = version(session.get(page));
				}
				else if (posted.statusCode() == 200 && posted.body().contains("id=\"report-conflict\"")) {
					this.conflicts.merge("draft", 1, Integer::sum);
					version = version(posted.body());
				}
				else {
					this.wrong.add("draft → " + posted.statusCode());
					version = version(session.get(page));
				}
			}
		}
		catch (Exception ex) {
			this.wrong.add("draft → " + ex);
		}
	}

	private static int rowVersion(String page, String code) {
		int row = page.indexOf("id=\"row-" + code + "\"");
		assertThat(row).as("row of %s", code).isNotNegative();
		return version(page.substring(row, page.indexOf("</tr>", row)));
	}

	private static int version(String html) {
		Matcher matcher = VERSION.matcher(html);
		assertThat(matcher.find()).as("a version on the form").isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private static String figureKey(String figure) {
		return DemoAccounts.QIANJIANG + "/" + figure;
	}

	private static String plain(java.math.BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	/**
	 * One person's browser: its cookies, the form token of the last page, no redirects
	 * followed.
	 */
	private final class Session {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(30))
			.build();

		private String csrf;

		void signIn(String user) throws Exception {
			get("/login");
			HttpResponse<String> response = post("/login", Map.of("username", user, "password", DemoAccounts.PASSWORD));
			assertThat(response.headers().firstValue("Location")).as("signed in as %s", user)
				.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
		}

		String get(String path) throws Exception {
			HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() >= 500) {
				ConcurrentWritersTest.this.wrong.add("GET " + path + " → " + response.statusCode());
			}
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				this.csrf = token.group(1);
			}
			return response.body();
		}

		HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
			Map<String, String> fields = new LinkedHashMap<>(form);
			fields.put("_csrf", this.csrf);
			String body = fields.entrySet()
				.stream()
				.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() >= 500) {
				ConcurrentWritersTest.this.wrong.add("POST " + path + " → " + response.statusCode());
			}
			return response;
		}

		private URI uri(String path) {
			return URI.create("http://127.0.0.1:" + ConcurrentWritersTest.this.port + path);
		}

	}

}
