package org.gaoxin.intake.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gaoxin.filing.AnnualReport;
import org.gaoxin.filing.ReportField;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The import_report_row table: an annual-report import's new reports as planned (with
 * their enterprise, zone and status), written from here in one statement.
 */
@Repository
class StagedReports {

	private static final String FIELDS = Arrays.stream(ReportField.values())
		.map(ReportField::column)
		.collect(Collectors.joining(", "));

	private static final String INSERT = "INSERT INTO import_report_row (job_id, row_no, enterprise_id, zone_code,"
			+ " report_year, status, above_designated_size, " + FIELDS + ") VALUES (?, ?, ?, ?, ?, ?, ?"
			+ ", ?".repeat(ReportField.values().length) + ")";

	/** What the filing module's set-based insert reads: every column of a report. */
	static final String SELECT = "SELECT enterprise_id, report_year, status, above_designated_size, " + FIELDS
			+ " FROM import_report_row WHERE job_id = :job";

	/** A staged report: its row in the file and the zone of its enterprise. */
	record Staged(int row, String zone, AnnualReport report) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	StagedReports(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void insert(UUID job, List<Staged> reports) {
		if (reports.isEmpty()) {
			return;
		}
		String id = job.toString();
		ReportField[] fields = ReportField.values();
		this.batch.batchUpdate(INSERT, reports, reports.size(), (statement, staged) -> {
			AnnualReport report = staged.report();
			statement.setString(1, id);
			statement.setInt(2, staged.row());
			statement.setLong(3, report.enterpriseId());
			statement.setString(4, staged.zone());
			statement.setInt(5, report.year());
			statement.setString(6, report.status().name());
			statement.setBoolean(7, report.aboveDesignatedSize());
			for (int i = 0; i < fields.length; i++) {
				statement.setObject(8 + i, fields[i].valueIn(report));
			}
		});
	}

	Map<String, Object> params(UUID job) {
		return Map.of("job", job.toString());
	}

	Set<String> zoneYears(UUID job) {
		Set<String> zoneYears = new TreeSet<>();
		this.jdbc.sql("SELECT DISTINCT zone_code, report_year FROM import_report_row WHERE job_id = :job")
			.param("job", job.toString())
			.query((rs, n) -> zoneYears.add(rs.getString("zone_code") + "/" + rs.getInt("report_year")))
			.list();
		return zoneYears;
	}

}
