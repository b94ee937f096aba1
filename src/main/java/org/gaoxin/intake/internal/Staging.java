package org.gaoxin.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The import_row table: every data row of an import being checked, as read (its cells),
 * with its record's key and, once planned, what the import will do with it. Held here
 * rather than in memory, so that an import's memory stays bounded whatever its size.
 */
@Repository
class Staging {

	private static final TypeReference<List<String>> CELLS = new TypeReference<>() {
	};

	/** A row as staged. {@code key} is null when the row could not be parsed. */
	record Row(int row, String key, List<String> cells, Action action, String hash) {
	}

	/** A row whose key an earlier row of the file already has. */
	record Duplicate(int row, String key, int first) {
	}

	/** Rows deleted by one statement. */
	private static final int DELETE_SLICE = 20_000;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final JdbcTemplate batch;

	Staging(JdbcClient jdbc, JsonMapper json, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.json = json;
		this.batch = batch;
	}

	void insert(UUID job, List<Row> rows) {
		if (rows.isEmpty()) {
			return;
		}
		// one statement per batch of rows
		StringBuilder sql = new StringBuilder("INSERT INTO import_row (job_id, row_no, record_key, cells) VALUES ");
		List<Object> params = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			sql.append((i == 0) ? "(?, ?, ?, ?)" : ", (?, ?, ?, ?)");
			Row row = rows.get(i);
			params.add(job.toString());
			params.add(row.row());
			params.add(row.key());
			params.add(this.json.writeValueAsString(row.cells()));
		}
		this.jdbc.sql(sql.toString()).params(params).update();
	}

	/** Up to {@code limit} rows after {@code afterRow}, with a key, in file order. */
	List<Row> keyed(UUID job, int afterRow, int limit) {
		return rows(job, afterRow, limit, "AND record_key IS NOT NULL");
	}

	/** Up to {@code limit} rows after {@code afterRow} that the import writes. */
	List<Row> toWrite(UUID job, int afterRow, int limit) {
		return rows(job, afterRow, limit, "AND action IN ('CREATE', 'REPLACE')");
	}

	/** Every row, keyed or not, in file order: what the error workbook shows. */
	List<Row> all(UUID job, int afterRow, int limit) {
		return rows(job, afterRow, limit, "");
	}

	/**
	 * A page of rows in file order; {@code condition} is one of the fixed filters above.
	 */
	private List<Row> rows(UUID job, int afterRow, int limit, String condition) {
		return this.jdbc.sql("SELECT row_no, record_key, cells, action, decision_hash FROM import_row"
				+ " WHERE job_id = :job AND row_no > :after " + condition
				// job_id too, though fixed: only then does H2 read the primary key in
				// order
				// and stop at the limit, instead of sorting every later row for each page
				// (quadratic in the file's rows)
				+ " ORDER BY job_id, row_no FETCH FIRST :limit ROWS ONLY")
			.param("job", job.toString())
			.param("after", afterRow)
			.param("limit", limit)
			.query((rs, n) -> row(rs))
			.list();
	}

	/** Rows repeating the key of an earlier row, at most {@code limit}. */
	List<Duplicate> duplicates(UUID job, int limit) {
		return this.jdbc.sql("""
				SELECT r.row_no, r.record_key, f.first_row FROM import_row r
				JOIN (SELECT record_key, MIN(row_no) AS first_row FROM import_row
				      WHERE job_id = :job AND record_key IS NOT NULL GROUP BY record_key HAVING COUNT(*) > 1) f
				  ON f.record_key = r.record_key
				WHERE r.job_id = :job AND r.row_no > f.first_row
				ORDER BY r.job_id, r.row_no FETCH FIRST :limit ROWS ONLY""")
			.param("job", job.toString())
			.param("limit", limit)
			.query((rs, n) -> new Duplicate(rs.getInt("row_no"), rs.getString("record_key"), rs.getInt("first_row")))
			.list();
	}

	void decide(UUID job, List<Row> decided) {
		if (decided.isEmpty()) {
			return;
		}
		this.batch.batchUpdate("UPDATE import_row SET action = ?, decision_hash = ? WHERE job_id = ? AND row_no = ?",
				decided, decided.size(), (statement, row) -> {
					statement.setString(1, (row.action() != null) ? row.action().name() : null);
					statement.setString(2, row.hash());
					statement.setString(3, job.toString());
					statement.setInt(4, row.row());
				});
	}

	/** Deletes an import's staged rows, and the new records it staged typed. */
	void delete(UUID job) {
		deleteInSlices("import_row", job);
		deleteInSlices("import_report_row", job);
	}

	/** Deletes the new records an import staged typed (its rows as read are kept). */
	void deletePlanned(UUID job) {
		deleteInSlices("import_report_row", job);
	}

	/** At start no import is running: whatever is staged was interrupted. */
	int deleteAll() {
		return this.jdbc.sql("DELETE FROM import_row").update()
				+ this.jdbc.sql("DELETE FROM import_report_row").update();
	}

	/**
	 * Deletes a slice of rows at a time, each in a statement of its own: one statement
	 * deleting a million rows would hold all of them in its undo log.
	 */
	private void deleteInSlices(String table, UUID job) {
		Integer last = this.jdbc.sql("SELECT MAX(row_no) FROM " + table + " WHERE job_id = :job")
			.param("job", job.toString())
			.query(Integer.class)
			.list()
			.get(0);
		for (int from = 0; last != null && from < last; from += DELETE_SLICE) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE job_id = :job AND row_no > :from AND row_no <= :to")
				.param("job", job.toString())
				.param("from", from)
				.param("to", from + DELETE_SLICE)
				.update();
		}
	}

	private Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
		String action = rs.getString("action");
		return new Row(rs.getInt("row_no"), rs.getString("record_key"),
				this.json.readValue(rs.getString("cells"), CELLS), (action != null) ? Action.valueOf(action) : null,
				rs.getString("decision_hash"));
	}

}
