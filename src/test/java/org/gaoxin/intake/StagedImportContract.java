package org.gaoxin.intake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditAction;
import org.gaoxin.audit.AuditEntry;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.enterprise.CreditCode;
import org.gaoxin.enterprise.NewEnterprise;
import org.gaoxin.enterprise.bulk.RegistryBulk;
import org.gaoxin.filing.ReportField;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.SignedIn;
import org.gaoxin.support.TestTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An annual-report import's new reports are staged typed and written set-based (one
 * INSERT ... SELECT with its audit lines, decision 0024), its replacements a batch at a
 * time: on every supported engine, the records and their audit are what a row-by-row
 * write gave, and the write is whole or nothing. Each test registers enterprises of its
 * own and removes them and their reports afterwards (imports commit).
 */
abstract class StagedImportContract {

	private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

	static final int YEAR = 2031;

	@Autowired
	Imports imports;

	@Autowired
	RegistryBulk registry;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	UserDetailsService users;

	List<String> codes;

	Map<String, Long> ids;

	@BeforeEach
	void registerEnterprises() {
		List<NewEnterprise> enterprises = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			CreditCode code = CreditCode
				.withCheckCharacter("91500241" + String.format("%08d", NEXT.incrementAndGet() % 100_000_000) + "1");
			enterprises.add(new NewEnterprise(code, "分段导入测试企业" + code.value(), "XS-IP", "软件和信息技术服务", null,
					java.time.LocalDate.of(2016, 1, 1), false, false, null, null));
		}
		this.codes = enterprises.stream().map((e) -> e.creditCode().value()).toList();
		this.ids = this.transaction.execute(
				(status) -> this.registry.registerAll(enterprises, "test setup", DataScope.everything(Role.ADMIN)));
	}

	@AfterEach
	void removeThem() {
		this.jdbc.sql("DELETE FROM report_review WHERE enterprise_id IN (:ids)")
			.param("ids", List.copyOf(this.ids.values()))
			.update();
		this.jdbc.sql("DELETE FROM enterprise_report WHERE enterprise_id IN (:ids)")
			.param("ids", List.copyOf(this.ids.values()))
			.update();
		this.jdbc.sql("DELETE FROM enterprise WHERE id IN (:ids)")
			.param("ids", List.copyOf(this.ids.values()))
			.update();
	}

	@Test
	void newReportsAreWrittenInOneStatementEachWithTheAuditLineOfItsImport() {
		ImportStatus status = run(file(0, 1, 2));
		assertThat(status.state()).as(status.errors().toString()).isEqualTo(ImportState.DONE);
		assertThat(status.created()).isEqualTo(3);
		assertThat(operatingRevenue(0)).isEqualByComparingTo("5000");
		assertThat(operatingRevenue(2)).isEqualByComparingTo("5002");
		for (String code : this.codes) {
			assertThat(this.audit.forRecord("enterprise_report", this.ids.get(code) + "/" + YEAR)).singleElement()
				.satisfies((line) -> {
					assertThat(line.action()).isEqualTo(AuditAction.CREATE);
					assertThat(line.actor()).isEqualTo(DemoAccounts.ADMIN);
					assertThat(line.newValue()).startsWith("imported: import staged.csv (");
				});
		}
		assertThat(staged(status.id())).as("nothing left staged").isZero();
	}

	@Test
	void aBulkImportReplacingFiguresAuditsEveryChangedValueOldToNew() {
		run(file(0, 1));
		// the first enterprise's figures change (row 1 of the generator's series instead
		// of row 0), the second's stay, the third is new
		ImportStatus pending = run(file(1, 1, 2));
		assertThat(pending.state()).isEqualTo(ImportState.AWAITING_CONFIRMATION);
		assertThat(List.of(pending.created(), pending.replaced(), pending.unchanged())).containsExactly(1, 1, 1);
		ImportStatus done = SignedIn.as(admin(), () -> this.imports.confirm(pending.id(), admin()));
		assertThat(done.state()).isEqualTo(ImportState.DONE);
		assertThat(operatingRevenue(0)).isEqualByComparingTo("5001");
		List<AuditEntry> lines = this.audit.forRecord("enterprise_report",
				this.ids.get(this.codes.get(0)) + "/" + YEAR);
		assertThat(lines).filteredOn((line) -> line.action() == AuditAction.UPDATE)
			.extracting(AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
			.contains(org.assertj.core.groups.Tuple.tuple(ReportField.OPERATING_REVENUE.code(), "5000", "5001"),
					org.assertj.core.groups.Tuple.tuple(ReportField.EMPLOYEES.code(), "50", "51"));
		assertThat(this.audit.forRecord("enterprise_report", this.ids.get(this.codes.get(1)) + "/" + YEAR))
			.as("unchanged: only the line of its creation")
			.singleElement();
		assertThat(this.audit.forRecord("enterprise_report", this.ids.get(this.codes.get(2)) + "/" + YEAR))
			.extracting(AuditEntry::action)
			.containsExactly(AuditAction.CREATE);
	}

	@Test
	void aReportStoredAfterTheCheckRefusesTheWholeImportItsReplacementsToo() {
		run(file(0));
		ImportStatus pending = run(file(1, 1));
		assertThat(pending.state()).isEqualTo(ImportState.AWAITING_CONFIRMATION);
		// someone files the second enterprise's report before the confirmation
		run(file(-1, 7));
		ImportStatus confirmed = SignedIn.as(admin(), () -> this.imports.confirm(pending.id(), admin()));
		assertThat(confirmed.state()).isEqualTo(ImportState.REFUSED);
		assertThat(TestTexts.en(confirmed.problem())).contains("changed after the check");
		assertThat(operatingRevenue(0)).as("the replacement, written first, rolled back").isEqualByComparingTo("5000");
		assertThat(operatingRevenue(1)).as("what was filed meanwhile").isEqualByComparingTo("5007");
		assertThat(staged(pending.id())).isZero();
	}

	/**
	 * A CSV of reports for {@link #YEAR}: the n-th enterprise's with the generator's row
	 * {@code series[n]} (operating revenue 5,000 + series, employees 50 + series), none
	 * for -1.
	 */
	byte[] file(int... series) {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(BenchmarkReports.header());
		for (int n = 0; n < series.length; n++) {
			if (series[n] >= 0) {
				rows.add(BenchmarkReports.row(this.codes.get(n), YEAR, series[n])
					.stream()
					.map(StagedImportContract::plain)
					.toList());
			}
		}
		return TestFiles.csv(rows, StandardCharsets.UTF_8);
	}

	private static Object plain(Object value) {
		return (value instanceof Double d) ? String.valueOf(Math.round(d * 100) / 100.0) : value;
	}

	ImportStatus run(byte[] csv) {
		return SignedIn.as(admin(),
				() -> this.imports.run(ImportKind.ANNUAL_REPORTS, "staged.csv", TestFiles.stream(csv), admin()));
	}

	java.math.BigDecimal operatingRevenue(int enterprise) {
		return this.jdbc
			.sql("SELECT operating_revenue FROM enterprise_report WHERE enterprise_id = :id AND report_year = :year")
			.param("id", this.ids.get(this.codes.get(enterprise)))
			.param("year", YEAR)
			.query(java.math.BigDecimal.class)
			.single();
	}

	/** What is left staged of an import (nothing, once it is finished and not failed). */
	long staged(java.util.UUID job) {
		return this.jdbc.sql("SELECT COUNT(*) FROM import_report_row WHERE job_id = :job")
			.param("job", job.toString())
			.query(Long.class)
			.single()
				+ this.jdbc.sql("SELECT COUNT(*) FROM import_row WHERE job_id = :job")
					.param("job", job.toString())
					.query(Long.class)
					.single();
	}

	GaoxinPrincipal admin() {
		return (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ADMIN);
	}

}
