package org.gaoxin.operations.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.gaoxin.GaoxinApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database as the previous release left it (schema V12 with the demo data, its user on
 * the empty password, written by that release's AUTO_SERVER start with a lock file): it
 * opens, is moved to a generated password kept owner-only, and migrates forward to this
 * release's schema with its data intact. The fixture is H2's script of such a database.
 */
class PreviousReleaseDatabaseTest {

	private static final String FIXTURE = "classpath:db/previous-release/gaoxin-demo-v12.zip";

	@TempDir
	Path dataDir;

	@Test
	void aPreviousReleasesDatabaseOpensGetsAPasswordAndMigratesForward() throws Exception {
		String url = "jdbc:h2:file:" + this.dataDir.resolve("gaoxin");
		try (Connection old = DriverManager.getConnection(url, "gaoxin", "");
				Statement statement = old.createStatement()) {
			statement.execute("RUNSCRIPT FROM '" + FIXTURE + "' COMPRESSION ZIP");
		}
		Files.writeString(this.dataDir.resolve("gaoxin.lock.db"), "server key of the earlier release");

		String password = EmbeddedDatabase.protect(url, "gaoxin", this.dataDir);

		assertThat(Files.readString(this.dataDir.resolve(EmbeddedDatabase.SECRET_FILE)).strip()).isEqualTo(password);
		assertThat(this.dataDir.resolve("gaoxin.lock.db")).doesNotExist();
		if (Files.getFileStore(this.dataDir).supportsFileAttributeView("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.dataDir)))
				.isEqualTo("rwx------");
			assertThat(PosixFilePermissions
				.toString(Files.getPosixFilePermissions(this.dataDir.resolve(EmbeddedDatabase.SECRET_FILE))))
				.isEqualTo("rw-------");
			assertThat(
					PosixFilePermissions.toString(Files.getPosixFilePermissions(this.dataDir.resolve("gaoxin.mv.db"))))
				.isEqualTo("rw-------");
		}
		assertThatThrownBy(() -> DriverManager.getConnection(url, "gaoxin", "").close()).isInstanceOfSatisfying(
				SQLException.class, (ex) -> assertThat(ex.getErrorCode()).isEqualTo(EmbeddedDatabase.WRONG_PASSWORD));
		assertThat(EmbeddedDatabase.protect(url, "gaoxin", this.dataDir)).as("the next start").isEqualTo(password);

		Flyway flyway = Flyway.configure()
			.dataSource(url, "gaoxin", password)
			.locations("classpath:db/migration")
			.load();
		MigrateResult migrated = flyway.migrate();
		assertThat(migrated.success).isTrue();
		assertThat(flyway.info().pending()).isEmpty();
		MigrationInfo current = flyway.info().current();
		MigrationInfo[] all = flyway.info().all();
		assertThat(current.getVersion()).isEqualTo(all[all.length - 1].getVersion());
		try (Connection migrated2 = DriverManager.getConnection(url, "gaoxin", password)) {
			assertThat(count(migrated2, "SELECT COUNT(*) FROM enterprise")).isEqualTo(1675);
			assertThat(count(migrated2, "SELECT COUNT(*) FROM enterprise_report")).isEqualTo(5352);
			assertThat(count(migrated2, "SELECT COUNT(*) FROM zone_figure")).isEqualTo(264);
			assertThat(count(migrated2, "SELECT COUNT(*) FROM app_user")).isEqualTo(6);
		}
	}

	@Test
	void theMigratedDatabaseServesTheSameEvaluation() throws Exception {
		String url = "jdbc:h2:file:" + this.dataDir.resolve("gaoxin");
		try (Connection old = DriverManager.getConnection(url, "gaoxin", "");
				Statement statement = old.createStatement()) {
			statement.execute("RUNSCRIPT FROM '" + FIXTURE + "' COMPRESSION ZIP");
		}
		StringWriter out = new StringWriter();
		int exit = GaoxinApplication.runCommand(
				new String[] { "evaluate", "--zone", "QJ-HTZ", "--year", "2021", "--format", "csv",
						"--gaoxin.data-dir=" + this.dataDir, "--spring.main.banner-mode=off" },
				new PrintWriter(out, true));
		assertThat(exit).as(out.toString()).isZero();
		assertThat(out.toString()).contains("PILOT,20,23,2024,CQ-MUNICIPAL-HTZ@2021-illustrative");
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
