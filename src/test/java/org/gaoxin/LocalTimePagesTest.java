package org.gaoxin;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.TimeZone;
import java.util.concurrent.Callable;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.LoginLock;
import org.gaoxin.account.Role;
import org.gaoxin.account.internal.LoginThrottle;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.filing.PendingReport;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.filing.ReportWorkflow;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.SignedIn;
import org.gaoxin.support.TestReports;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Times read in Beijing time (gaoxin.time-zone, default Asia/Shanghai), whatever the
 * server's zone: the pages are rendered here on a server set to New York, and a moment
 * stored as 22:42 UTC reads 06:42 the next day. Days of the audit search are Beijing
 * days. The data written here is rolled back.
 */
@DemoApplicationTest
@Transactional
class LocalTimePagesTest {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DataScope DEPARTMENT = new DataScope(Role.DEPARTMENT, DemoAccounts.QIANJIANG, null, null,
			"KJJ");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Enterprises enterprises;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	LoginThrottle throttle;

	/**
	 * Thymeleaf's {@code #temporals} writes a moment in the server's zone: every template
	 * writes moments through {@code @times} (a New York server showed UTC-5 times
	 * before).
	 */
	@Test
	void noTemplateWritesAMomentInTheServersZone() throws java.io.IOException {
		try (java.util.stream.Stream<java.nio.file.Path> templates = java.nio.file.Files
			.walk(java.nio.file.Path.of("src/main/resources/templates"))) {
			assertThat(templates.filter((p) -> p.toString().endsWith(".html")).filter((p) -> {
				try {
					return java.nio.file.Files.readString(p).contains("#temporals");
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}).map(java.nio.file.Path::toString)).isEmpty();
		}
	}

	@Test
	void theApplicationClockIsOnBeijingTime() {
		assertThat(this.clock.getZone()).isEqualTo(BEIJING);
	}

	@Test
	void theAuditLogShowsAndSearchesBeijingTime() throws Exception {
		// 06:42 on 1 December in Beijing is 22:42 on 30 November in UTC
		this.jdbc.sql("""
				INSERT INTO audit_log (occurred_at, actor, action, entity, entity_key, field, old_value, new_value)
				VALUES (:at, 'night-owl', 'UPDATE', 'zone_figure', 'QJ-HTZ/2021/gdp', 'value', '180', '181')""")
			.param("at", OffsetDateTime.of(2026, 11, 30, 22, 42, 0, 0, ZoneOffset.UTC))
			.update();
		String page = onANewYorkServer(() -> page(get("/audit").param("actor", "night-owl"), DemoAccounts.ADMIN));
		assertThat(page).contains("2026-12-01 06:42:00", "时间为中国时间").doesNotContain("22:42", "协调世界时");
		assertThat(page(get("/audit").param("actor", "night-owl").param("lang", "en"), DemoAccounts.ADMIN))
			.contains("China Time");
		assertThat(page(get("/audit").param("actor", "night-owl").param("from", "2026-12-01").param("to", "2026-12-01"),
				DemoAccounts.ADMIN))
			.contains("2026-12-01 06:42:00");
		assertThat(page(get("/audit").param("actor", "night-owl").param("from", "2026-11-30").param("to", "2026-11-30"),
				DemoAccounts.ADMIN))
			.contains("id=\"audit-none\"");
	}

	@Test
	void aSubmittedReportReadsInBeijingTimeInTheReviewQueueAndItsHistory() throws Exception {
		long id = this.enterprises.register(TestReports.enterprise(83, "重庆黔江时区测试科技有限公司", DemoAccounts.QIANJIANG));
		DataScope own = new DataScope(Role.ENTERPRISE, DemoAccounts.QIANJIANG, id, null, null);
		this.workflow.submit(TestReports.report(id, 2021, ReportStatus.DRAFT), null, own);
		Instant submitted = this.workflow.pending(DemoAccounts.QIANJIANG, DEPARTMENT)
			.stream()
			.filter((p) -> p.enterpriseId() == id)
			.map(PendingReport::submittedAt)
			.findFirst()
			.orElseThrow();
		String beijing = MINUTES.format(submitted.atZone(BEIJING));
		String utc = MINUTES.format(submitted.atZone(ZoneOffset.UTC));
		// the queue writes the day and the time on two lines: read as the page reads
		String queue = org.jsoup.Jsoup
			.parse(onANewYorkServer(() -> page(get("/reports/review"), DemoAccounts.DEPARTMENT)))
			.text();
		assertThat(queue).contains(beijing).doesNotContain(utc);
		String enterprise = onANewYorkServer(() -> page(get("/enterprises/" + id), DemoAccounts.DEPARTMENT));
		assertThat(enterprise).contains(beijing).doesNotContain(utc);
	}

	@Test
	void aSignInLockIsLockedUntilABeijingTime() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.throttle.failed("time-zone-tester", "203.0.113.77");
		}
		try {
			Instant until = this.throttle.locks()
				.stream()
				.filter((lock) -> lock.key().equals("time-zone-tester"))
				.map(LoginLock::lockedUntil)
				.findFirst()
				.orElseThrow();
			String page = onANewYorkServer(() -> page(get("/login-locks"), DemoAccounts.ADMIN));
			assertThat(page).contains(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(until.atZone(BEIJING)));
		}
		finally {
			this.throttle.lift(LoginLock.LockKind.ACCOUNT, "time-zone-tester");
		}
	}

	private String page(MockHttpServletRequestBuilder request, String account) throws Exception {
		GaoxinPrincipal me = (GaoxinPrincipal) this.users.loadUserByUsername(account);
		return SignedIn.as(me, () -> {
			try {
				return this.mvc.perform(request.with(user(me)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/** Runs the work with the JVM's default zone set to New York, as a server abroad. */
	private static String onANewYorkServer(Callable<String> work) throws Exception {
		TimeZone server = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
		try {
			return work.call();
		}
		finally {
			TimeZone.setDefault(server);
		}
	}

}
