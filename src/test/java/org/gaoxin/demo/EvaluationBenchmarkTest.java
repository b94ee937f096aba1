package org.gaoxin.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.evaluation.Evaluation;
import org.gaoxin.evaluation.Evaluator;
import org.gaoxin.region.Regions;
import org.gaoxin.region.Zone;
import org.gaoxin.region.ZoneLevel;
import org.gaoxin.shared.ResultCache;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's figures: evaluating one zone-year with 5,000 enterprises takes under 20 ms
 * computed and under 1 ms kept (issue 3 asked for 100 ms warm). A zone of 5,000 generated
 * enterprises (four years of reports, certificates, registrations, platforms) is stored
 * in an H2 file database like the default deployment, then evaluated repeatedly. Run with
 * {@code ./mvnw -Pbenchmark test}; the result is written to target/benchmarks/.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("demo")
class EvaluationBenchmarkTest {

	private static final String ZONE = "BENCH-5000";

	private static final int WARMUP = 30;

	private static final int MEASURED = 100;

	@Autowired
	DemoSeed seed;

	@Autowired
	Regions regions;

	@Autowired
	Evaluator evaluator;

	@Autowired
	TransactionTemplate transaction;

	@DynamicPropertySource
	static void freshFileDatabase(DynamicPropertyRegistry registry) throws IOException {
		Path folder = Path.of("target", "benchmark-db");
		FileSystemUtils.deleteRecursively(folder);
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.toAbsolutePath() + "/gaoxin");
		registry.add("gaoxin.data-dir", () -> folder.toString());
	}

	@Autowired
	ResultCache results;

	/**
	 * Computed every time: the kept results are forgotten before each run (outside the
	 * measured time).
	 */
	@Test
	void evaluateOneZoneYearWithFiveThousandEnterprises() throws IOException {
		DataScope admin = loaded();
		long computed = this.results.computations(Evaluator.EVALUATION);
		double median = measure("evaluation.txt", "computed", admin, true);
		assertThat(this.results.computations(Evaluator.EVALUATION) - computed).isEqualTo(WARMUP + MEASURED);
		// the reference: the per-enterprise path the evaluation used before (and
		// "explain"
		// still uses): every enterprise with its report read, the aggregates summed in
		// Java
		long[] reference = perEnterprisePath();
		String line = String.format(java.util.Locale.ROOT,
				"per-enterprise inputs and aggregates alone (reference): median %.1f ms, p90 %.1f ms%n",
				reference[MEASURED / 2] / 1e6, reference[MEASURED * 9 / 10] / 1e6);
		System.out.print(line);
		Files.writeString(Path.of("target", "benchmarks", "evaluation.txt"), line,
				java.nio.file.StandardOpenOption.APPEND);
		assertThat(median).as("median milliseconds").isLessThan(20);
	}

	/**
	 * Issue 16: the same zone-year asked again with nothing changed, through the public
	 * method (zone scope check, standard, data version, kept result): under 1 ms.
	 */
	@Test
	void evaluateTheSameZoneYearAgainFromTheKeptResult() throws IOException {
		DataScope admin = loaded();
		this.evaluator.evaluate(ZONE, 2021, "CQ-MUNICIPAL-HTZ", false, admin);
		long computed = this.results.computations(Evaluator.EVALUATION);
		double median = measure("evaluation-cached.txt", "kept", admin, false);
		assertThat(this.results.computations(Evaluator.EVALUATION)).isEqualTo(computed);
		assertThat(median).as("median milliseconds").isLessThan(1);
	}

	private double measure(String file, String what, DataScope admin, boolean forget) throws IOException {
		for (int i = 0; i < WARMUP; i++) {
			if (forget) {
				this.results.clear();
			}
			this.evaluator.evaluate(ZONE, 2021, "CQ-MUNICIPAL-HTZ", false, admin);
		}
		long[] nanos = new long[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			if (forget) {
				this.results.clear();
			}
			long start = System.nanoTime();
			this.evaluator.evaluate(ZONE, 2021, "CQ-MUNICIPAL-HTZ", false, admin);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		double median = nanos[MEASURED / 2] / 1e6;
		double p90 = nanos[MEASURED * 9 / 10] / 1e6;
		double max = nanos[MEASURED - 1] / 1e6;
		String result = String.format(java.util.Locale.ROOT,
				"evaluation of one zone-year (%s), 5000 enterprises, 23 indicators, H2 file: median %.3f ms, p90 %.3f ms, max %.3f ms over %d runs after %d warm-up; load %s%n",
				what, median, p90, max, MEASURED, WARMUP, Files.readString(Path.of("/proc/loadavg")).trim());
		System.out.print(result);
		Files.createDirectories(Path.of("target", "benchmarks"));
		Files.writeString(Path.of("target", "benchmarks", file), result);
		return median;
	}

	/** The benchmark zone, generated once per run of the class. */
	private DataScope loaded() {
		ZoneProfile profile = fiveThousand();
		if (this.regions.findZone(ZONE).isEmpty()) {
			this.transaction.executeWithoutResult((status) -> {
				this.regions.create(new Zone(ZONE, "QJ", "基准测试园区", "Benchmark zone", ZoneLevel.MUNICIPAL_HIGH_TECH,
						LocalDate.of(2021, 1, 1), null));
				this.seed.loadZone(profile, new Naming());
			});
		}
		DataScope admin = DataScope.everything(Role.ADMIN);
		Evaluation first = this.evaluator.evaluate(ZONE, 2021, "CQ-MUNICIPAL-HTZ", false, admin);
		assertThat(first.indicator("C08").orElseThrow().value().intValueExact()).isEqualTo(profile.techSme()[3]);
		return admin;
	}

	@Autowired
	org.gaoxin.filing.EnterpriseYears enterpriseYears;

	@Autowired
	org.gaoxin.statistics.ZoneFigures figures;

	@Autowired
	org.gaoxin.platform.Platforms platforms;

	@Autowired
	org.gaoxin.standard.Standards standards;

	private long[] perEnterprisePath() {
		org.gaoxin.standard.Standard standard = this.standards.resolve("CQ-MUNICIPAL-HTZ");
		long[] nanos = new long[MEASURED];
		for (int i = -WARMUP; i < MEASURED; i++) {
			long start = System.nanoTime();
			this.transaction.executeWithoutResult((status) -> {
				org.gaoxin.evaluation.internal.ZoneYearInputs inputs = new org.gaoxin.evaluation.internal.ZoneYearInputs(
						2021, this.figures.forFormulas(ZONE, 2021),
						this.enterpriseYears.inZone(ZONE, 2021,
								java.util.EnumSet.of(org.gaoxin.filing.ReportStatus.APPROVED)),
						this.platforms.registered(ZONE));
				standard.aggregates().values().forEach(inputs::aggregate);
			});
			if (i >= 0) {
				nanos[i] = System.nanoTime() - start;
			}
		}
		Arrays.sort(nanos);
		return nanos;
	}

	/** Qianjiang scaled up ten-fold: 5,000 enterprises in 2021. */
	private static ZoneProfile fiveThousand() {
		ZoneProfile q = ZoneProfile.qianjiang();
		double f = 5000.0 / q.enterprises()[3];
		return new ZoneProfile(ZONE, "500199", "基准", 5000L, new int[] { 3367, 3929, 4490, 5000 }, scale(q.techSme(), f),
				scale(q.highTech(), f), scale(q.aboveSize(), f), (int) Math.round(q.largeEnterprises() * f),
				times(q.aboveSizeOutputYi(), f), q.highTechOutputSharePct(), q.chainOutputSharePct(),
				q.strategicOutputSharePct(), times(q.taxesYi(), f), q.rdIntensityPct(), times(q.gdpYi(), f),
				q.patentsPer10k(), Arrays.stream(q.population()).map((p) -> (int) Math.round(p * f)).toArray(),
				q.rdStaffSharePct(), times(q.technologyRevenueYi(), f), true, 140, 220);
	}

	private static int[] scale(int[] values, double f) {
		return Arrays.stream(values).map((v) -> (int) Math.round(v * f)).toArray();
	}

	private static double[] times(double[] values, double f) {
		return Arrays.stream(values).map((v) -> v * f).toArray();
	}

}
