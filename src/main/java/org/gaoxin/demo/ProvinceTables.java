package org.gaoxin.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.gaoxin.enterprise.NewEnterprise;
import org.gaoxin.filing.AnnualReport;
import org.gaoxin.filing.ReportField;
import org.postgresql.PGConnection;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes a generated zone's large tables (enterprises, reports, certificates,
 * registrations) at bulk speed: PostgreSQL's COPY through the driver's CopyManager, JDBC
 * batches elsewhere (H2). Enterprise ids are given here so that the reports can name them
 * without reading them back; the identity moves past them at the end.
 */
final class ProvinceTables {

	private static final int BATCH = 2_000;

	private static final List<String> ENTERPRISE = List.of("id", "credit_code", "name", "zone_code", "industry",
			"tech_field", "registration_date", "above_designated_size", "strategic_emerging", "chain_code",
			"chain_link_code");

	private static final List<String> REPORT = reportColumns();

	private static final List<String> CERTIFICATE = List.of("enterprise_id", "certificate_no", "issue_year");

	private static final List<String> REGISTRATION = List.of("enterprise_id", "registration_year", "registration_no");

	private final DataSource dataSource;

	private final boolean postgres;

	ProvinceTables(DataSource dataSource) {
		this.dataSource = dataSource;
		this.postgres = withConnection(
				(c) -> c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"));
	}

	boolean postgres() {
		return this.postgres;
	}

	/** The first free enterprise id. */
	long nextEnterpriseId() {
		return withConnection((c) -> {
			try (Statement s = c.createStatement();
					var rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM enterprise")) {
				rs.next();
				return rs.getLong(1);
			}
		});
	}

	/** Stores the zone: enterprise {@code i} gets id {@code firstId + i}. */
	void write(SyntheticZone zone, long firstId, String certificatePrefix, String registrationPrefix) {
		List<List<Object>> enterprises = new ArrayList<>();
		for (int i = 0; i < zone.enterprises().size(); i++) {
			NewEnterprise e = zone.enterprises().get(i);
			enterprises.add(java.util.Arrays.asList(firstId + i, e.creditCode().value(), e.name(), e.zoneCode(),
					e.industry(), (e.techField() != null) ? e.techField().name() : null, e.registrationDate(),
					e.aboveDesignatedSize(), e.strategicEmerging(), e.chainCode(), e.chainLinkCode()));
		}
		insert("enterprise", ENTERPRISE, enterprises);
		List<List<Object>> reports = new ArrayList<>();
		for (AnnualReport r : zone.reports()) {
			List<Object> row = new ArrayList<>(REPORT.size());
			row.add(firstId + r.enterpriseId());
			row.add(r.year());
			row.add(r.status().name());
			row.add(r.aboveDesignatedSize());
			for (ReportField field : ReportField.values()) {
				row.add(field.valueIn(r));
			}
			reports.add(row);
		}
		insert("enterprise_report", REPORT, reports);
		List<List<Object>> certificates = new ArrayList<>();
		int n = 0;
		for (SyntheticZone.Certificate c : zone.certificates()) {
			certificates.add(List.of(firstId + c.enterprise(),
					"GR" + c.issueYear() + certificatePrefix + String.format("%06d", ++n), c.issueYear()));
		}
		insert("hte_certificate", CERTIFICATE, certificates);
		List<List<Object>> registrations = new ArrayList<>();
		n = 0;
		for (SyntheticZone.Registration r : zone.registrations()) {
			registrations.add(List.of(firstId + r.enterprise(), r.year(),
					r.year() + registrationPrefix + String.format("%06d", ++n)));
		}
		insert("tech_sme_registration", REGISTRATION, registrations);
	}

	/** Moves the enterprise identity past the ids given here. */
	void restartEnterpriseIds() {
		withConnection((c) -> {
			try (Statement s = c.createStatement()) {
				long next;
				try (var rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM enterprise")) {
					rs.next();
					next = rs.getLong(1);
				}
				s.execute(
						this.postgres ? "SELECT setval(pg_get_serial_sequence('enterprise', 'id'), " + next + ", false)"
								: "ALTER TABLE enterprise ALTER COLUMN id RESTART WITH " + next);
			}
			return null;
		});
	}

	/** Fresh planner statistics after a bulk load (PostgreSQL). */
	void analyze() {
		if (this.postgres) {
			withConnection((c) -> {
				try (Statement s = c.createStatement()) {
					for (String table : List.of("enterprise", "enterprise_report", "hte_certificate",
							"tech_sme_registration", "innovation_platform", "zone_figure")) {
						s.execute("ANALYZE " + table);
					}
				}
				return null;
			});
		}
	}

	private void insert(String table, List<String> columns, List<List<Object>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		withConnection((c) -> {
			if (this.postgres) {
				copy(c, table, columns, rows);
			}
			else {
				batch(c, table, columns, rows);
			}
			return null;
		});
	}

	private static void copy(Connection connection, String table, List<String> columns, List<List<Object>> rows)
			throws SQLException {
		StringBuilder text = new StringBuilder(rows.size() * 200);
		for (List<Object> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				if (i > 0) {
					text.append('\t');
				}
				text.append(copyValue(row.get(i)));
			}
			text.append('\n');
		}
		try (Reader reader = new StringReader(text.toString())) {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN", reader);
		}
		catch (IOException ex) {
			throw new SQLException(ex);
		}
	}

	/**
	 * COPY's text format: \N for null; generated text has no tabs, newlines or
	 * backslashes.
	 */
	private static String copyValue(Object value) {
		if (value == null) {
			return "\\N";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value.toString();
	}

	private static void batch(Connection connection, String table, List<String> columns, List<List<Object>> rows)
			throws SQLException {
		String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
				+ columns.stream().map((column) -> "?").collect(Collectors.joining(", ")) + ")";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			int pending = 0;
			for (List<Object> row : rows) {
				for (int i = 0; i < row.size(); i++) {
					Object value = row.get(i);
					statement.setObject(i + 1,
							(value instanceof java.time.LocalDate date) ? java.sql.Date.valueOf(date) : value);
				}
				statement.addBatch();
				if (++pending == BATCH) {
					statement.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				statement.executeBatch();
			}
		}
	}

	private static List<String> reportColumns() {
		List<String> columns = new ArrayList<>(
				List.of("enterprise_id", "report_year", "status", "above_designated_size"));
		for (ReportField field : ReportField.values()) {
			columns.add(field.column());
		}
		return List.copyOf(columns);
	}

	private interface Work<T> {

		T run(Connection connection) throws SQLException;

	}

	/** On the transaction's connection when there is one. */
	private <T> T withConnection(Work<T> work) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			return work.run(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

}
