package org.gaoxin.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.enterprise.bulk.RegistryBulk;
import org.gaoxin.intake.BenchmarkReports;
import org.gaoxin.intake.ImportKind;
import org.gaoxin.intake.ImportState;
import org.gaoxin.intake.ImportStatus;
import org.gaoxin.intake.Imports;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.HeapWatch;
import org.gaoxin.support.SignedIn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's figure: 1,000,000 annual-report rows from one CSV (250,000 registered
 * enterprises in five zones × the four years 2022–2025) imported whole — read into the
 * staging table, checked against the stored data, written in one transaction with its
 * audit lines, the data quality of the 20 zone-years checked — in a 512 MB heap, from
 * upload to done (started in the background and followed as the upload page does), timed
 * against what the same {@link CsvReader} takes merely to parse the file (best of two
 * parses, before and after). Setup (not measured): the demo zone and the enterprises in
 * an H2 file database, the file written. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=MillionRowImportBenchmarkTest}
 * ({@code -Dbenchmark.enterprises=N} for another size: N enterprises × 4 years).
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("demo")
class MillionRowImportBenchmarkTest {

	private static final int ENTERPRISES = Integer.getInteger("benchmark.enterprises", 250_000);

	private static final int[] YEARS = { 2022, 2023, 2024, 2025 };

	private static final Path FOLDER = Path.of("target", "benchmark-import-million");

	@Autowired
	RegistryBulk registry;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Imports imports;

	@Autowired
	UserDetailsService users;

	@DynamicPropertySource
	static void freshFileDatabase(DynamicPropertyRegistry registry) throws IOException {
		BenchmarkReports.freshFileDatabase(registry, FOLDER, 2_000_000_000L);
	}

	@Test
	void aMillionRowCsvInBoundedMemoryWithinTwiceTheParse() throws Exception {
		List<String> codes = BenchmarkReports.registerEnterprises(this.registry, this.transaction, ENTERPRISES,
				List.of("WL-IP", "SZ-IP", "XS-IP", "YY-IP", "PS-IP"));
		Path csv = FOLDER.resolve("reports-1m.csv");
		BenchmarkReports.writeCsv(csv, StandardCharsets.UTF_8, codes, YEARS);
		int rows = codes.size() * YEARS.length;
		GaoxinPrincipal admin = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ADMIN);

		double parseBefore = parse(csv, rows);
		System.gc();
		HeapWatch heap = new HeapWatch();
		long start = System.nanoTime();
		// started in the background and followed until done, as the upload page does: the
		// staged rows are deleted after that, while the uploader looks at the result
		java.util.UUID job = SignedIn.as(admin, () -> {
			try (InputStream in = Files.newInputStream(csv)) {
				return this.imports.start(ImportKind.ANNUAL_REPORTS, csv.getFileName().toString(), in, admin);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		ImportStatus status = this.imports.status(job, admin);
		while (!status.state().finished()) {
			Thread.sleep(100);
			status = this.imports.status(job, admin);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		heap.stop();
		while (staged() > 0) {
			Thread.sleep(500);
		}
		double parseAfter = parse(csv, rows);
		double parse = Math.min(parseBefore, parseAfter);

		assertThat(status.state()).as(status.errors().toString()).isEqualTo(ImportState.DONE);
		assertThat(status.created()).isEqualTo(rows);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM enterprise_report WHERE report_year BETWEEN 2022 AND 2025")
			.query(Long.class)
			.single()).isEqualTo(rows);
		assertThat(staged()).as("nothing left staged").isZero();
		String result = String.format(Locale.ROOT,
				"import of %,d annual-report rows from %s (%,d bytes), upload to done including the data-quality check of %d zone-years: %.1f s; the same CsvReader merely parsing the file: %.1f s (%.1f s, %.1f s); ratio %.2f; heap used at most %d MB (live after collections at most %d MB) of %d MB max%n",
				rows, csv.getFileName(), Files.size(csv), status.quality().size(), seconds, parse, parseBefore,
				parseAfter, seconds / parse, heap.peakMb(), heap.peakLiveMb(),
				Runtime.getRuntime().maxMemory() / 1024 / 1024);
		System.out.print(result);
		Files.createDirectories(Path.of("target", "benchmarks"));
		Files.writeString(Path.of("target", "benchmarks", "import-million.txt"), result);
	}

	private long staged() {
		return this.jdbc.sql("SELECT COUNT(*) FROM import_row").query(Long.class).single()
				+ this.jdbc.sql("SELECT COUNT(*) FROM import_report_row").query(Long.class).single();
	}

	/**
	 * Seconds the reader takes to hand every row of the file to a handler that keeps
	 * nothing.
	 */
	private static double parse(Path csv, int expectedRows) {
		AtomicLong cells = new AtomicLong();
		long start = System.nanoTime();
		new CsvReader(csv).read(CsvReader.SHEET, (row, values) -> {
			cells.addAndGet(values.size());
			return true;
		}, (bytes) -> {
		});
		double seconds = (System.nanoTime() - start) / 1e9;
		assertThat(cells.get()).isEqualTo((expectedRows + 1L) * BenchmarkReports.header().size());
		return seconds;
	}

}
