package org.gaoxin.operations.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.gaoxin.shared.ResultCache;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.MessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Backup and restore of the embedded H2 database while it is in use: a backup is H2's SQL
 * script of every table, zipped ({@code SCRIPT TO … COMPRESSION ZIP}), written as one
 * consistent snapshot; a restore checks the file is such a script, keeps a backup of what
 * it replaces in {@code <data-dir>/backups}, drops everything, runs the script and
 * migrates the schema to this release. PostgreSQL is backed up with pg_dump (README).
 */
@Component
public class DatabaseBackup {

	/** The row counts H2 writes into its script, one comment per table. */
	static final Pattern COUNT = Pattern.compile("^-- (\\d+) \\+/- SELECT COUNT\\(\\*\\) FROM (\\S+);$");

	private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final Path backups;

	private final Clock clock;

	private final ObjectProvider<Flyway> flyway;

	private final ResultCache results;

	DatabaseBackup(DataSource dataSource, JdbcClient jdbc, @Value("${gaoxin.data-dir}") Path dataDir, Clock clock,
			ObjectProvider<Flyway> flyway, ResultCache results) {
		this.results = results;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.backups = dataDir.resolve("backups");
		this.clock = clock;
		this.flyway = flyway;
	}

	/** Writes a backup of every table to the stream. */
	public void backup(OutputStream out) {
		requireH2();
		try {
			Path script = OwnerOnly.newFile(this.backups, ".backup-", ".zip");
			try {
				scriptTo(script);
				Files.copy(script, out);
			}
			finally {
				Files.deleteIfExists(script);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Replaces every table with the backup's. What it replaces is kept as a backup first.
	 * @return the rows of each table after the restore, and where the replaced data is
	 */
	public Restored restore(InputStream backup) {
		requireH2();
		try {
			Path script = OwnerOnly.newFile(this.backups, ".restore-", ".zip");
			try {
				Files.copy(backup, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				requireScript(script);
				Path before = this.backups.resolve("before-restore-"
						+ LocalDateTime.now(this.clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
						+ ".zip");
				scriptTo(before);
				replaceEverythingWith(script, before);
				this.flyway.ifAvailable(Flyway::migrate);
				// the restored data versions may repeat numbers the running cache holds
				this.results.clear();
				return new Restored(rowCounts(), before);
			}
			finally {
				Files.deleteIfExists(script);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The rows of every table now, by table name. */
	public Map<String, Long> rowCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : this.jdbc.sql("""
				SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES
				WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME""")
			.query(String.class)
			.list()) {
			counts.put(table,
					this.jdbc.sql("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")
						.query(Long.class)
						.single());
		}
		return counts;
	}

	/** The row counts a backup file says it holds, by table name. */
	public static Map<String, Long> rowCounts(InputStream backup) throws IOException {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(backup)) {
			ZipEntry entry = zip.getNextEntry();
			if (entry == null) {
				return counts;
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				Matcher count = COUNT.matcher(line.strip());
				if (count.matches()) {
					String table = count.group(2);
					table = table.substring(table.lastIndexOf('.') + 1).replace("\"", "");
					counts.put(table, Long.parseLong(count.group(1)));
				}
			}
		}
		return counts;
	}

	/**
	 * What a restore left: the rows of each table, and the backup of what it replaced.
	 */
	public record Restored(Map<String, Long> rows, Path replacedKeptIn) {
	}

	private void scriptTo(Path file) throws IOException {
		OwnerOnly.folder(file.getParent());
		execute(List.of("SCRIPT TO " + literal(file) + " COMPRESSION ZIP"));
		OwnerOnly.narrowAll(file.getParent());
	}

	private void replaceEverythingWith(Path script, Path before) {
		try {
			execute(List.of("DROP ALL OBJECTS", "RUNSCRIPT FROM " + literal(script) + " COMPRESSION ZIP"));
			dropOtherUsers();
		}
		catch (RuntimeException ex) {
			log.error("The restore failed part-way; the data it replaced is in {}", before, ex);
			throw new MessageException(Message.of("operations.restore.failed", before.toString(), ex.getMessage()));
		}
	}

	/**
	 * A backup from another installation may name another database user: only this
	 * installation's own user keeps access.
	 */
	private void dropOtherUsers() {
		List<String> others = new ArrayList<>(
				this.jdbc.sql("SELECT USER_NAME FROM INFORMATION_SCHEMA.USERS WHERE USER_NAME <> CURRENT_USER")
					.query(String.class)
					.list());
		List<String> statements = others.stream()
			.map((user) -> "DROP USER \"" + user.replace("\"", "\"\"") + "\"")
			.toList();
		if (!statements.isEmpty()) {
			execute(statements);
		}
	}

	private void execute(List<String> statements) {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	/**
	 * Refuses, before anything is dropped, a file that is not an H2 script of this
	 * application.
	 */
	private static void requireScript(Path file) throws IOException {
		boolean h2 = false;
		boolean flyway = false;
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
			if (zip.getNextEntry() != null) {
				BufferedReader lines = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
				String first = lines.readLine();
				h2 = first != null && first.strip().startsWith("-- H2 ");
				for (String line = lines.readLine(); h2 && !flyway && line != null; line = lines.readLine()) {
					flyway = line.toLowerCase(Locale.ROOT).contains("\"flyway_schema_history\"");
				}
			}
		}
		catch (java.util.zip.ZipException ex) {
			h2 = false;
		}
		if (!h2 || !flyway) {
			throw new MessageException(Message.of("operations.restore.notABackup"));
		}
	}

	private void requireH2() {
		try (Connection connection = this.dataSource.getConnection()) {
			if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
				throw new MessageException(Message.of("operations.backup.postgres"));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	private static String literal(Path file) {
		return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
	}

}
