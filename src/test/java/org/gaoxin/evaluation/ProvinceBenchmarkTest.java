package org.gaoxin.evaluation;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.demo.ProvinceGenerator;
import org.gaoxin.evaluation.internal.AggregateSql;
import org.gaoxin.evaluation.internal.ZoneYearAggregates;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.standard.Standards;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's province figure: 60 zones × 10 years × 4,000 enterprises (2.4 million
 * enterprise-years) generated into an embedded PostgreSQL, then all 600 zone-years
 * evaluated against the 23-indicator standard ({@link Evaluator#evaluateAll}: under 3 s,
 * and within 2× of the same aggregates written by hand as one SQL statement, measured in
 * the same run). DuckDB over a Parquet export of the same tables is the columnar
 * reference. Run with {@code ./mvnw -o -Pbenchmark test -Dtest=ProvinceBenchmarkTest};
 * {@code -Dprovince.zones=…} (and {@code .years}, {@code .enterprises}) for a smaller
 * trial. Results go to target/benchmarks/province*.txt.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "gaoxin.data-dir=target/province-benchmark")
@Import(ProvinceBenchmarkTest.TunedPostgres.class)
class ProvinceBenchmarkTest {

	private static final int ZONES = Integer.getInteger("province.zones", 60);

	private static final int YEARS = Integer.getInteger("province.years", 10);

	private static final int ENTERPRISES = Integer.getInteger("province.enterprises", 4000);

	private static final int WARMUP = 2;

	private static final int MEASURED = 5;

	private static final String STANDARD = "CQ-MUNICIPAL-HTZ";

	/**
	 * The 14 enterprise aggregates of the 23-indicator standard, written by hand: one row
	 * per zone and year, the same sums and counts the compiled statement gives.
	 */
	private static final String BY_HAND = """
			SELECT e.zone_code, y.yr, COUNT(*) AS enterprises, COUNT(p.id) AS filed,
			  SUM(p.industrial_output) FILTER (WHERE p.above_designated_size) AS above_size_output,
			  COUNT(*) FILTER (WHERE p.above_designated_size) AS above_size_enterprises,
			  SUM(p.taxes_paid) AS taxes_paid,
			  COUNT(*) FILTER (WHERE h.enterprise_id IS NOT NULL) AS high_tech_enterprises,
			  COUNT(*) FILTER (WHERE r.enterprise_id IS NOT NULL) AS tech_smes,
			  SUM(p.rd_expense) AS rd_expense,
			  SUM(p.invention_patents_owned) AS invention_patents,
			  SUM(p.rd_staff) AS rd_staff,
			  SUM(p.employees) AS employees,
			  SUM(p.industrial_output) FILTER (WHERE p.above_designated_size AND h.enterprise_id IS NOT NULL)
			    AS high_tech_above_size_output,
			  SUM(p.industrial_output) AS industrial_output,
			  SUM(p.industrial_output) FILTER (WHERE e.chain_code IS NOT NULL) AS chain_output,
			  SUM(p.industrial_output) FILTER (WHERE e.strategic_emerging) AS strategic_output,
			  SUM(p.technology_revenue) AS technology_revenue
			FROM enterprise e
			CROSS JOIN generate_series(%d, %d) AS y (yr)
			LEFT JOIN enterprise_report p
			  ON p.enterprise_id = e.id AND p.report_year = y.yr AND p.status = 'APPROVED'
			LEFT JOIN (SELECT DISTINCT c.enterprise_id, g.yr FROM hte_certificate c
			           JOIN generate_series(%d, %d) AS g (yr) ON c.issue_year BETWEEN g.yr - 2 AND g.yr) h
			  ON h.enterprise_id = e.id AND h.yr = y.yr
			LEFT JOIN tech_sme_registration r ON r.enterprise_id = e.id AND r.registration_year = y.yr
			WHERE e.registration_date < make_date(y.yr + 1, 1, 1)
			GROUP BY e.zone_code, y.yr""";

	/** PostgreSQL tuned for a 2-core machine and one analytical query at a time. */
	@TestConfiguration(proxyBeanMethods = false)
	static class TunedPostgres {

		static final Map<String, String> SETTINGS = new java.util.LinkedHashMap<>();

		static {
			SETTINGS.put("shared_buffers", "1GB");
			SETTINGS.put("work_mem", "256MB");
			SETTINGS.put("maintenance_work_mem", "512MB");
			SETTINGS.put("effective_cache_size", "8GB");
			SETTINGS.put("max_worker_processes", "4");
			SETTINGS.put("max_parallel_workers", "2");
			SETTINGS.put("max_parallel_workers_per_gather", "2");
			SETTINGS.put("random_page_cost", "1.1");
			SETTINGS.put("jit", "off");
			// loading only: the benchmark's database is thrown away
			SETTINGS.put("fsync", "off");
			SETTINGS.put("synchronous_commit", "off");
			SETTINGS.put("full_page_writes", "off");
			SETTINGS.put("max_wal_size", "8GB");
		}

		@Bean(destroyMethod = "close")
		EmbeddedPostgres embeddedPostgres() throws IOException {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
			SETTINGS.forEach(builder::setServerConfig);
			return builder.start();
		}

		@Bean
		DataSource dataSource(EmbeddedPostgres postgres) {
			return postgres.getPostgresDatabase();
		}

	}

	@Autowired
	ProvinceGenerator generator;

	@Autowired
	Evaluator evaluator;

	@Autowired
	ZoneYearAggregates aggregates;

	@Autowired
	Standards standards;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void evaluateEveryZoneYearOfAProvince() throws Exception {
		StringBuilder report = new StringBuilder();
		ProvinceGenerator.Plan plan = new ProvinceGenerator.Plan(ZONES, YEARS, ENTERPRISES, 2021L);
		long started = System.nanoTime();
		ProvinceGenerator.Result generated = this.generator.generate(plan, (zone) -> {
		});
		double generation = (System.nanoTime() - started) / 1e9;
		this.jdbc.sql("VACUUM ANALYZE").update();
		line(report,
				"province %d zones x %d years x %d enterprises = %,d enterprise-years (%,d reports, %,d certificates, %,d registrations)",
				ZONES, YEARS, ENTERPRISES, plan.enterpriseYears(), generated.reports(), generated.certificates(),
				generated.registrations());
		line(report, "generation into PostgreSQL (setup, not measured): %.1f s; database size %s", generation,
				this.jdbc.sql("SELECT pg_size_pretty(pg_database_size(current_database()))")
					.query(String.class)
					.single());
		line(report, "PostgreSQL %s, settings %s", this.jdbc.sql("SHOW server_version").query(String.class).single(),
				TunedPostgres.SETTINGS);

		List<String> zones = ProvinceGenerator.zoneCodes(plan);
		List<Integer> years = IntStream.rangeClosed(2022 - YEARS, 2021).boxed().toList();
		DataScope admin = DataScope.everything(Role.ADMIN);

		// correctness first: the hand-written statement and the compiled one agree
		Map<ZoneYearAggregates.ZoneYear, Map<String, InputValue>> computed = this.aggregates
			.compute(this.standards.resolve(STANDARD), zones, years, EnumSet.of(ReportStatus.APPROVED));
		List<Map<String, Object>> byHand = this.jdbc.sql(byHand(years)).query().listOfRows();
		assertThat(byHand).hasSize(zones.size() * years.size());
		for (Map<String, Object> row : byHand) {
			Map<String, InputValue> values = computed.get(new ZoneYearAggregates.ZoneYear((String) row.get("zone_code"),
					((Number) row.get("yr")).intValue()));
			for (String name : List.of("above_size_output", "taxes_paid", "high_tech_enterprises", "tech_smes",
					"high_tech_above_size_output", "rd_staff")) {
				assertThat(values.get(name).value()).as(name)
					.isEqualByComparingTo(new BigDecimal(row.get(name).toString()));
			}
		}

		List<Evaluation> evaluations = this.evaluator.evaluateAll(zones, years, STANDARD, false, admin);
		assertThat(evaluations).hasSize(zones.size() * years.size());
		line(report, "evaluations: %d zone-years, verdicts %s", evaluations.size(),
				evaluations.stream()
					.collect(java.util.stream.Collectors.groupingBy((e) -> e.verdict().outcome(),
							java.util.TreeMap::new, java.util.stream.Collectors.counting())));

		double[] evaluate = time(() -> this.evaluator.evaluateAll(zones, years, STANDARD, false, admin));
		double[] compiledSql = time(() -> this.aggregates.compute(this.standards.resolve(STANDARD), zones, years,
				EnumSet.of(ReportStatus.APPROVED)));
		double[] handSql = time(() -> this.jdbc.sql(byHand(years)).query().listOfRows());
		line(report, "all %d zone-years evaluated (Evaluator.evaluateAll, 23 indicators): %s", evaluations.size(),
				summary(evaluate));
		line(report, "  of which the compiled aggregate statement: %s", summary(compiledSql));
		line(report, "hand-written statement, same aggregates (reference): %s", summary(handSql));
		double ratio = median(evaluate) / median(handSql);
		line(report, "ratio evaluation / hand-written SQL: %.2f", ratio);

		Path plans = Path.of("target", "benchmarks", "province-plan.txt");
		Files.createDirectories(plans.getParent());
		String compiled = new AggregateSql(this.standards.resolve(STANDARD), years).sql();
		List<String> plan1 = this.jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + compiled)
			.param("zones", zones)
			.param("statuses", List.of("APPROVED"))
			.query(String.class)
			.list();
		List<String> plan2 = this.jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + byHand(years)).query(String.class).list();
		Files.writeString(plans, "-- compiled\n" + compiled + "\n\n" + String.join("\n", plan1) + "\n\n-- by hand\n"
				+ byHand(years) + "\n\n" + String.join("\n", plan2) + "\n");

		duckDb(report, years);
		line(report, "load: %s", Files.readString(Path.of("/proc/loadavg")).trim());
		System.out.print(report);
		Files.writeString(Path.of("target", "benchmarks", "province.txt"), report);
		assertThat(median(evaluate)).as("median seconds for all zone-years").isLessThan(3.0);
		assertThat(ratio).as("evaluation against hand-written SQL").isLessThanOrEqualTo(2.0);
	}

	/**
	 * DuckDB over Parquet: the four tables exported from PostgreSQL as CSV (COPY … TO
	 * STDOUT), written to Parquet by DuckDB, then the hand-written statement over them.
	 */
	private void duckDb(StringBuilder report, List<Integer> years) throws Exception {
		Path folder = Path.of("target", "province-parquet").toAbsolutePath();
		FileSystemUtils.deleteRecursively(folder);
		Files.createDirectories(folder);
		long started = System.nanoTime();
		try (Connection pg = this.dataSource.getConnection()) {
			for (String table : List.of("enterprise", "enterprise_report", "hte_certificate",
					"tech_sme_registration")) {
				try (Writer out = Files.newBufferedWriter(folder.resolve(table + ".csv"))) {
					pg.unwrap(PGConnection.class)
						.getCopyAPI()
						.copyOut("COPY " + table + " TO STDOUT WITH (FORMAT csv, HEADER)", out);
				}
			}
		}
		try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
			for (String table : List.of("enterprise", "enterprise_report", "hte_certificate",
					"tech_sme_registration")) {
				Path csv = folder.resolve(table + ".csv");
				Path parquet = folder.resolve(table + ".parquet");
				s.execute("COPY (SELECT * FROM read_csv('" + csv + "', header = true)) TO '" + parquet
						+ "' (FORMAT parquet)");
				Files.delete(csv);
				s.execute("CREATE VIEW " + table + " AS SELECT * FROM read_parquet('" + parquet + "')");
			}
			double export = (System.nanoTime() - started) / 1e9;
			String version;
			try (ResultSet rs = s.executeQuery("SELECT version()")) {
				rs.next();
				version = rs.getString(1);
			}
			String sql = byHand(years);
			double[] duckSeconds = time(() -> {
				try (ResultSet rs = s.executeQuery(sql)) {
					int rows = 0;
					while (rs.next()) {
						rows++;
					}
					assertThat(rows).isEqualTo(ZONES * YEARS);
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			line(report, "DuckDB %s over Parquet (export via CSV, setup: %.1f s), same hand-written statement: %s",
					version, export, summary(duckSeconds));
		}
	}

	private static String byHand(List<Integer> years) {
		int first = years.get(0);
		int last = years.get(years.size() - 1);
		return BY_HAND.formatted(first, last, first, last);
	}

	private static double[] time(Runnable work) {
		for (int i = 0; i < WARMUP; i++) {
			work.run();
		}
		double[] seconds = new double[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			long start = System.nanoTime();
			work.run();
			seconds[i] = (System.nanoTime() - start) / 1e9;
		}
		Arrays.sort(seconds);
		return seconds;
	}

	private static double median(double[] sorted) {
		return sorted[sorted.length / 2];
	}

	private static String summary(double[] sorted) {
		return String.format(Locale.ROOT, "median %.3f s, min %.3f s, max %.3f s over %d runs after %d warm-up",
				median(sorted), sorted[0], sorted[sorted.length - 1], sorted.length, WARMUP);
	}

	private static void line(StringBuilder report, String format, Object... args) {
		report.append(String.format(Locale.ROOT, format, args)).append('\n');
	}

}
