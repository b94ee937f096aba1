package org.gaoxin.filing.internal;

import org.gaoxin.filing.internal.ReportRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.gaoxin.filing.ApprovedReport;
import org.gaoxin.filing.PendingReport;
import org.gaoxin.filing.ReportReview;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.filing.ReviewAction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The report_review table: the review history of annual reports and the queue of
 * submitted ones. The workflow checks rights and transitions before it writes here.
 */
@Repository
public class ReportReviews {

	private final JdbcClient jdbc;

	private final Clock clock;

	ReportReviews(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void record(long enterpriseId, int year, ReviewAction action, ReportStatus from, String actor,
			String comment) {
		this.jdbc.sql("""
				INSERT INTO report_review (enterprise_id, report_year, action, from_status, to_status, actor, comment,
				                           occurred_at)
				VALUES (:id, :year, :action, :from, :to, :actor, :comment, :at)""")
			.param("id", enterpriseId)
			.param("year", year)
			.param("action", action.name())
			.param("from", (from != null) ? from.name() : null)
			.param("to", action.target().name())
			.param("actor", actor)
			.param("comment", comment)
			.param("at", OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC))
			.update();
	}

	/** Every review step of the enterprise's reports, by year, oldest first. */
	public List<ReportReview> of(long enterpriseId) {
		return this.jdbc.sql("SELECT * FROM report_review WHERE enterprise_id = :id ORDER BY report_year, id")
			.param("id", enterpriseId)
			.query(ReportReviews::review)
			.list();
	}

	public List<ReportReview> of(long enterpriseId, int year) {
		return this.jdbc
			.sql("SELECT * FROM report_review WHERE enterprise_id = :id AND report_year = :year ORDER BY id")
			.param("id", enterpriseId)
			.param("year", year)
			.query(ReportReviews::review)
			.list();
	}

	/** The zone's submitted reports, newest year first, with their latest submission. */
	public List<PendingReport> pending(String zoneCode) {
		return this.jdbc.sql("""
				SELECT p.*, e.credit_code, e.name AS enterprise_name, r.occurred_at AS submitted_at,
				       r.actor AS submitted_by
				FROM enterprise_report p
				JOIN enterprise e ON e.id = p.enterprise_id
				LEFT JOIN report_review r ON r.id = (SELECT MAX(r2.id) FROM report_review r2
				                                     WHERE r2.enterprise_id = p.enterprise_id
				                                     AND r2.report_year = p.report_year AND r2.to_status = :submitted)
				WHERE e.zone_code = :zone AND p.status = :submitted
				ORDER BY p.report_year DESC, e.name""")
			.param("zone", zoneCode)
			.param("submitted", ReportStatus.SUBMITTED.name())
			.query((rs, row) -> new PendingReport(rs.getLong("enterprise_id"), rs.getString("credit_code"),
					rs.getString("enterprise_name"), ReportRows.report(rs, row), instant(rs, "submitted_at"),
					rs.getString("submitted_by")))
			.list();
	}

	/** How many reports wait for review in the zone, or in every zone when it is null. */
	public long pendingCount(String zoneCode) {
		String sql = """
				SELECT COUNT(*) FROM enterprise_report p JOIN enterprise e ON e.id = p.enterprise_id
				WHERE p.status = :submitted""";
		if (zoneCode == null) {
			return this.jdbc.sql(sql).param("submitted", ReportStatus.SUBMITTED.name()).query(Long.class).single();
		}
		return this.jdbc.sql(sql + " AND e.zone_code = :zone")
			.param("submitted", ReportStatus.SUBMITTED.name())
			.param("zone", zoneCode)
			.query(Long.class)
			.single();
	}

	/** The zone's reports approved last that stand approved, latest first. */
	public List<ApprovedReport> recentlyApproved(String zoneCode, int limit) {
		return this.jdbc.sql("""
				SELECT r.enterprise_id, r.report_year, r.actor, r.occurred_at, e.credit_code, e.name
				FROM report_review r
				JOIN enterprise e ON e.id = r.enterprise_id
				JOIN enterprise_report p ON p.enterprise_id = r.enterprise_id AND p.report_year = r.report_year
				WHERE e.zone_code = :zone AND p.status = :approved AND r.to_status = :approved
				  AND r.id = (SELECT MAX(r2.id) FROM report_review r2
				              WHERE r2.enterprise_id = r.enterprise_id AND r2.report_year = r.report_year)
				ORDER BY r.id DESC FETCH FIRST :limit ROWS ONLY""")
			.param("zone", zoneCode)
			.param("approved", ReportStatus.APPROVED.name())
			.param("limit", limit)
			.query((rs, row) -> new ApprovedReport(rs.getLong("enterprise_id"), rs.getString("credit_code"),
					rs.getString("name"), rs.getInt("report_year"), instant(rs, "occurred_at"), rs.getString("actor")))
			.list();
	}

	private static ReportReview review(ResultSet rs, int row) throws SQLException {
		String from = rs.getString("from_status");
		return new ReportReview(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getInt("report_year"),
				ReviewAction.valueOf(rs.getString("action")), (from != null) ? ReportStatus.valueOf(from) : null,
				ReportStatus.valueOf(rs.getString("to_status")), rs.getString("actor"), rs.getString("comment"),
				instant(rs, "occurred_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return (at != null) ? at.toInstant() : null;
	}

}
