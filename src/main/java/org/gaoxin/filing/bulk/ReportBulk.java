package org.gaoxin.filing.bulk;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gaoxin.account.DataScope;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.enterprise.EnterpriseScopeSql;
import org.gaoxin.filing.AnnualReport;
import org.gaoxin.filing.AnnualReports;
import org.gaoxin.filing.ReportLockedException;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.filing.ReviewAction;
import org.gaoxin.filing.ReviewProperties;
import org.gaoxin.filing.internal.ReportReviews;
import org.gaoxin.filing.internal.ReportRows;
import org.gaoxin.region.ZoneDataVersions;
import org.gaoxin.shared.Message;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual reports in batches, for imports and the demo seed. Staff write approved figures
 * of their zones' enterprises; replacing an approved report is recorded as its reopening
 * and, under the four-eyes rule (gaoxin.review.four-eyes), leaves it submitted for
 * another reviewer to approve. An enterprise user writes its own submissions and never an
 * approved (locked) report.
 */
@Service
public class ReportBulk {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	private final AuditLog audit;

	private final ReportReviews reviews;

	private final ReviewProperties settings;

	private final ZoneDataVersions versions;

	ReportBulk(JdbcClient jdbc, NamedParameterJdbcTemplate named, AuditLog audit, ReportReviews reviews,
			ReviewProperties settings, ZoneDataVersions versions) {
		this.jdbc = jdbc;
		this.named = named;
		this.audit = audit;
		this.reviews = reviews;
		this.settings = settings;
		this.versions = versions;
	}

	/**
	 * Why the caller may not write this enterprise's report (empty when they may): the
	 * one statement of who files what and of the lock on approved reports.
	 * @param stored the report now stored for the year, or null
	 */
	public Optional<Message> refusal(long enterpriseId, String zoneCode, AnnualReport stored, DataScope scope) {
		if (scope.isEnterpriseUser()) {
			if (!scope.canFileReportFor(enterpriseId)) {
				return Optional.of(Message.of("intake.error.outsideScope"));
			}
			if (stored != null && stored.status().locked()) {
				return Optional.of(Message.of("intake.error.reportLocked"));
			}
			return Optional.empty();
		}
		return scope.canEditFigures(zoneCode) ? Optional.empty() : Optional.of(Message.of("intake.error.outsideScope"));
	}

	/**
	 * The status an import by this caller gives a report: enterprises submit; staff
	 * approve, except that under the four-eyes rule their replacement of an approved
	 * report is only submitted: a second reviewer approves it.
	 * @param stored the report now stored for the year, or null
	 */
	public ReportStatus importedStatus(DataScope scope, AnnualReport stored) {
		if (scope.isEnterpriseUser()) {
			return ReportStatus.SUBMITTED;
		}
		boolean changesApproved = stored != null && stored.status().locked();
		return (changesApproved && this.settings.fourEyes()) ? ReportStatus.SUBMITTED : ReportStatus.APPROVED;
	}

	/** The stored reports of these keys whose enterprises the caller may see. */
	@Transactional(readOnly = true)
	public Map<ReportKey, AnnualReport> stored(Collection<ReportKey> keys, DataScope scope) {
		Map<ReportKey, AnnualReport> found = new HashMap<>();
		if (keys.isEmpty()) {
			return found;
		}
		Set<Long> ids = new HashSet<>();
		Set<Integer> years = new HashSet<>();
		keys.forEach((key) -> {
			ids.add(key.enterpriseId());
			years.add(key.year());
		});
		Map<String, Object> params = new HashMap<>();
		params.put("ids", List.copyOf(ids));
		params.put("years", List.copyOf(years));
		String where = EnterpriseScopeSql.conditions(scope, params);
		this.jdbc.sql("""
				SELECT p.* FROM enterprise_report p JOIN enterprise e ON e.id = p.enterprise_id
				WHERE p.enterprise_id IN (:ids) AND p.report_year IN (:years)""" + where)
			.params(params)
			.query(ReportRows::report)
			.list()
			.forEach((report) -> {
				ReportKey key = new ReportKey(report.enterpriseId(), report.year());
				if (keys.contains(key)) {
					found.put(key, report);
				}
			});
		return found;
	}

	/** Files new reports in one batch; the load is one audit line plus one per record. */
	@Transactional
	public void fileAll(List<AnnualReport> reports, String source, DataScope scope) {
		if (reports.isEmpty()) {
			return;
		}
		Map<Long, String> zones = zonesOf(reports.stream().map(AnnualReport::enterpriseId).toList());
		reports.forEach((report) -> require(report.enterpriseId(), zones.get(report.enterpriseId()), null, scope));
		for (int from = 0; from < reports.size(); from += 1000) {
			this.named.batchUpdate(AnnualReports.INSERT,
					reports.subList(from, Math.min(from + 1000, reports.size()))
						.stream()
						.map(AnnualReports::params)
						.toArray(MapSqlParameterSource[]::new));
		}
		this.versions.changed(new java.util.HashSet<>(zones.values()));
		this.audit.importedRecords("enterprise_report", source,
				reports.stream().map((r) -> r.enterpriseId() + "/" + r.year()).toList());
	}

	/**
	 * Files new reports that a query selects, in one statement, with their audit lines
	 * (set-based: an import staged in the database writes a million reports without
	 * holding them). {@code select} yields the columns of {@link AnnualReports#INSERT} by
	 * their names ({@code enterprise_id}, {@code report_year}, {@code status},
	 * {@code above_designated_size} and every field's column) and may use named
	 * parameters from {@code params}. Checked as {@link #fileAll} checks each report, in
	 * one pass over the rows: every selected enterprise in the caller's scope, the caller
	 * allowed to write each zone's (or, an enterprise user, its own) reports, none of the
	 * reports stored already.
	 * @param expected how many reports the query selects, as the caller planned them
	 * @throws OptimisticLockingFailureException if a report is stored meanwhile or an
	 * enterprise is no longer in the caller's scope (both were checked when planned)
	 */
	@Transactional
	public void fileSelected(String select, Map<String, Object> params, int expected, String source, DataScope scope) {
		String from = " FROM (" + select + ") r";
		Map<String, Object> scoped = new HashMap<>(params);
		String where = EnterpriseScopeSql.conditions(scope, scoped);
		long[] counts = new long[2];
		java.util.Set<String> zones = new java.util.HashSet<>();
		this.jdbc
			.sql("SELECT e.zone_code, COUNT(*) AS reports, COUNT(p.enterprise_id) AS stored" + from
					+ " JOIN enterprise e ON e.id = r.enterprise_id LEFT JOIN enterprise_report p"
					+ " ON p.enterprise_id = r.enterprise_id AND p.report_year = r.report_year WHERE 1 = 1" + where
					+ " GROUP BY e.zone_code")
			.params(scoped)
			.query((rs, row) -> {
				// the scope's conditions leave an enterprise user its own enterprise only
				long enterprise = (scope.enterpriseId() != null) ? scope.enterpriseId() : -1;
				require(enterprise, rs.getString("zone_code"), null, scope);
				zones.add(rs.getString("zone_code"));
				counts[0] += rs.getLong("reports");
				counts[1] += rs.getLong("stored");
				return null;
			})
			.list();
		if (counts[0] != expected || counts[1] > 0) {
			throw new OptimisticLockingFailureException(
					(expected - counts[0]) + " enterprises out of reach, " + counts[1] + " reports stored meanwhile");
		}
		int filed = this.jdbc.sql(AnnualReports.INSERT_SELECTED + from).params(params).update();
		if (filed != expected) {
			throw new OptimisticLockingFailureException(filed + " reports selected of " + expected);
		}
		this.versions.changed(zones);
		this.audit.importedRecordsSelected("enterprise_report", source,
				"SELECT " + AnnualReports.KEY_SQL.replace("{alias}", "r") + " AS record_key" + from, params);
	}

	/**
	 * Replaces stored reports, every changed field audited old → new. Replacing an
	 * approved report reopens it (kept in its review history), and approves it again only
	 * when the new figures come approved (the four-eyes rule off).
	 */
	@Transactional
	public void replaceAll(List<Replacement> replacements, String source, DataScope scope) {
		Map<Long, String> zones = zonesOf(replacements.stream().map((r) -> r.after().enterpriseId()).toList());
		for (Replacement replacement : replacements) {
			long id = replacement.after().enterpriseId();
			require(id, zones.get(id), replacement.before(), scope);
		}
		this.named.batchUpdate(AnnualReports.REPLACE,
				replacements.stream()
					.map((r) -> AnnualReports.params(r.after()))
					.toArray(MapSqlParameterSource[]::new));
		this.versions.changed(new java.util.HashSet<>(zones.values()));
		for (Replacement replacement : replacements) {
			AnnualReport before = replacement.before();
			AnnualReport after = replacement.after();
			this.audit.updated("enterprise_report", after.enterpriseId() + "/" + after.year(),
					AnnualReports.describe(before), AnnualReports.describe(after));
			if (before.status().locked()) {
				this.reviews.record(after.enterpriseId(), after.year(), ReviewAction.REOPEN, before.status(),
						this.audit.actor(), source);
				if (after.status() == ReportStatus.APPROVED && !this.settings.fourEyes()) {
					this.reviews.record(after.enterpriseId(), after.year(), ReviewAction.APPROVE,
							ReportStatus.SUBMITTED, this.audit.actor(), source);
				}
			}
		}
	}

	/** A stored report and what replaces it. */
	public record Replacement(AnnualReport before, AnnualReport after) {
	}

	private void require(long enterpriseId, String zone, AnnualReport stored, DataScope scope) {
		if (zone == null) {
			throw new AccessDeniedException("No enterprise " + enterpriseId);
		}
		Optional<Message> refusal = refusal(enterpriseId, zone, stored, scope);
		if (refusal.isPresent()) {
			if (stored != null && stored.status().locked()) {
				throw new ReportLockedException(enterpriseId, stored.year(), "replace its figures");
			}
			throw new AccessDeniedException("Not allowed to write reports of enterprise " + enterpriseId);
		}
	}

	private Map<Long, String> zonesOf(List<Long> enterpriseIds) {
		List<Long> ids = List.copyOf(new HashSet<>(enterpriseIds));
		Map<Long, String> zones = new HashMap<>();
		for (int from = 0; from < ids.size(); from += 1000) {
			this.jdbc.sql("SELECT id, zone_code FROM enterprise WHERE id IN (:ids)")
				.param("ids", ids.subList(from, Math.min(from + 1000, ids.size())))
				.query((rs, row) -> zones.put(rs.getLong("id"), rs.getString("zone_code")))
				.list();
		}
		return zones;
	}

}
