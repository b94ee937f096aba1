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
 * Issue figure: evaluating one zone-year with 5,000 enterprises takes under 20 ms
 * uncached (issue 16; issue 3 asked for 100 ms warm). A zone of 5,000 generated
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

	@Test
	void evaluateOneZoneYearWithFiveThousandEnterprises() throws IOException {
		ZoneProfile profile = fiveThousand();
		this.transaction.executeWithoutResult((status) -> {
			this.regions.create(new Zone(ZONE, "QJ", "基准测试园区", "Benchmark zone", ZoneLevel.MUNICIPAL_HIGH_TECH,
					LocalDate.of(2021, 1, 1), null));
			this.seed.loadZone(profile, new Naming());
		});
		DataScope admin = DataScope.everything(Role.ADMIN);
		Evaluation first = this.evaluator.evaluate(ZONE, 2021, "CQ-MUNICIPAL-HTZ", false, admin);
		assertThat(first.indicator("C08").orElseThrow().value().intValueExact()).isEqualTo(profile.techSme()[3]);
		for (int i = 0; i < WARMUP; i++) {
			this.evaluator.evaluate(ZONE, 2021, "CQ-MUNICIPAL-HTZ", false, admin);
		}
		long[] nanos = new long[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			long start = System.nanoTime();
			this.evaluator.evaluate(ZONE, 2021, "CQ-MUNICIPAL-HTZ", false, admin);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		double median = nanos[MEASURED / 2] / 1e6;
		double p90 = nanos[MEASURED * 9 / 10] / 1e6;
		double max = nanos[MEASURED - 1] / 1e6;
		// the reference: the per-enterprise path the evaluation used before (and
		// "explain"
		// still uses): every enterprise with its report read, the aggregates summed in
		// Java
		long[] perEnterprise = perEnterprisePath();
		String result = String.format(java.util.Locale.ROOT,
				"evaluation of one zone-year, 5000 enterprises, 23 indicators, H2 file: median %.1f ms, p90 %.1f ms, max %.1f ms over %d runs after %d warm-up%n"
						+ "per-enterprise inputs and aggregates alone (reference): median %.1f ms, p90 %.1f ms%n"
						+ "load: %s%n",
				median, p90, max, MEASURED, WARMUP, perEnterprise[MEASURED / 2] / 1e6,
				perEnterprise[MEASURED * 9 / 10] / 1e6, Files.readString(Path.of("/proc/loadavg")).trim());
		System.out.print(result);
		Files.createDirectories(Path.of("target", "benchmarks"));
		Files.writeString(Path.of("target", "benchmarks", "evaluation.txt"), result);
		// issue 16: under 20 ms uncached (issue 3 asked for 100 ms)
		assertThat(median).as("median milliseconds").isLessThan(20);
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
