package org.gaoxin.intake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.gaoxin.audit.AuditAction;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.enterprise.CreditCode;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.SignedIn;
import org.gaoxin.support.TestTexts;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

/**
 * What a failure in the middle of the set-based write leaves (nothing), and how many
 * errors an import keeps (a bounded number, the rest counted). A context of its own: the
 * audit log fails on demand and imports keep at most 50 errors.
 */
@DemoApplicationTest
@TestPropertySource(properties = "gaoxin.intake.max-errors=50")
class StagedImportFailureTest extends StagedImportContract {

	@MockitoSpyBean
	AuditLog spiedAudit;

	@Test
	void aFailureAfterTheReportsAreInsertedRollsBackTheWholeImport() {
		run(file(0));
		ImportStatus pending = run(file(1, 1, 2));
		assertThat(pending.state()).isEqualTo(ImportState.AWAITING_CONFIRMATION);
		// the new reports are inserted, then their audit lines cannot be written
		// (stubbed inside a transaction: the spy is the transactional bean, which demands
		// one)
		this.transaction
			.executeWithoutResult((status) -> doThrow(new IllegalStateException("disk full")).when(this.spiedAudit)
				.importedRecordsSelected(eq("enterprise_report"), anyString(), anyString(), any()));
		ImportStatus confirmed = SignedIn.as(admin(), () -> this.imports.confirm(pending.id(), admin()));
		assertThat(confirmed.state()).isEqualTo(ImportState.REFUSED);
		assertThat(TestTexts.en(confirmed.problem())).contains("rolled back");
		assertThat(operatingRevenue(0)).as("the replacement rolled back").isEqualByComparingTo("5000");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM enterprise_report WHERE enterprise_id IN (:ids)")
			.param("ids", List.of(this.ids.get(this.codes.get(1)), this.ids.get(this.codes.get(2))))
			.query(Long.class)
			.single()).as("the new reports rolled back").isZero();
		assertThat(this.audit.forRecord("enterprise_report", this.ids.get(this.codes.get(0)) + "/" + YEAR))
			.as("the replacement's audit lines rolled back with it")
			.extracting((line) -> line.action())
			.containsExactly(AuditAction.CREATE);
		assertThat(staged(pending.id())).isZero();
	}

	@Test
	void errorsBeyondTheLimitAreCountedNotKept() {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(BenchmarkReports.header());
		// three good rows first: they are planned (and staged) before the errors come
		for (int n = 0; n < 3; n++) {
			rows.add(BenchmarkReports.row(this.codes.get(n), YEAR, n)
				.stream()
				.map((v) -> (v instanceof Double d) ? String.valueOf(Math.round(d * 100) / 100.0) : v)
				.toList());
		}
		for (int i = 0; i < 120; i++) {
			String unknown = CreditCode.withCheckCharacter("91500241" + String.format("%08d", 90_000_000 + i) + "2")
				.value();
			rows.add(new ArrayList<>(BenchmarkReports.row(unknown, YEAR, i)
				.stream()
				.map((v) -> (v instanceof Double d) ? String.valueOf(Math.round(d * 100) / 100.0) : v)
				.toList()));
		}
		ImportStatus status = run(TestFiles.csv(rows, StandardCharsets.UTF_8));
		assertThat(status.state()).isEqualTo(ImportState.FAILED);
		assertThat(status.errorCount()).isEqualTo(120);
		assertThat(status.errors()).hasSize(50)
			.allSatisfy((e) -> assertThat(TestTexts.en(e.rule())).contains("no enterprise"));
		assertThat(status.errors().get(49).row()).as("the first 50 kept, in file order").isEqualTo(54);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM import_report_row WHERE job_id = :job")
			.param("job", status.id().toString())
			.query(Long.class)
			.single()).as("nothing planned is kept for a failed import").isZero();
	}

}
