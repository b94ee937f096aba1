package org.gaoxin.intake;

import java.util.Set;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.FuzzChecks;
import org.gaoxin.support.SignedIn;
import org.gaoxin.support.TestTexts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every fuzzed import must come to: one of its documented outcomes (refused with a
 * message, failed with located errors and nothing written, waiting for a choice or a
 * confirmation with nothing written, or done); never an exception, never part of a file
 * written. Each input runs in a transaction rolled back afterwards.
 */
abstract class ImportFuzzing {

	static final ImportKind[] KINDS = ImportKind.values();

	private static final Set<ImportState> OUTCOMES = Set.of(ImportState.REFUSED, ImportState.FAILED,
			ImportState.CHOOSING_SHEET, ImportState.AWAITING_CONFIRMATION, ImportState.DONE);

	@Autowired
	Imports imports;

	@Autowired
	UserDetailsService users;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	void importRolledBack(ImportKind kind, String name, byte[] file) {
		GaoxinPrincipal admin = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ADMIN);
		this.transaction.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			long audited = FuzzChecks.auditLines(this.jdbc);
			ImportStatus outcome = SignedIn.as(admin,
					() -> this.imports.run(kind, name, TestFiles.stream(file), admin));
			assertThat(outcome.state()).isIn(OUTCOMES);
			switch (outcome.state()) {
				case REFUSED -> assertThat(TestTexts.en(outcome.problem())).isNotBlank();
				case FAILED -> assertThat(outcome.errorCount()).isPositive();
				default -> {
				}
			}
			if (outcome.state() != ImportState.DONE) {
				assertThat(FuzzChecks.auditLines(this.jdbc)).as("nothing written").isEqualTo(audited);
			}
			if (outcome.state() == ImportState.DONE || outcome.state() == ImportState.REFUSED) {
				assertThat(this.jdbc.sql("SELECT COUNT(*) FROM import_row WHERE job_id = :id")
					.param("id", outcome.id().toString())
					.query(Long.class)
					.single()).as("no staged rows left behind").isZero();
			}
		});
	}

}
