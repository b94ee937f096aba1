package org.gaoxin.filing;

import org.gaoxin.enterprise.Enterprises;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Arrays;

import org.gaoxin.account.DataScope;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.filing.internal.ReportRows;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enterprises' annual reports. Reading one requires the enterprise to be in the caller's
 * scope.
 */
@Service
public class AnnualReports {

	private static final String COLUMNS = Arrays.stream(ReportField.values())
		.map(ReportField::column)
		.collect(Collectors.joining(", "));

	private static final String VALUES = Arrays.stream(ReportField.values())
		.map((field) -> ":" + field.column())
		.collect(Collectors.joining(", "));

	private static final String INSERT = "INSERT INTO enterprise_report (enterprise_id, report_year, status,"
			+ " above_designated_size, " + COLUMNS + ") VALUES (:enterprise_id, :report_year, :status,"
			+ " :above_designated_size, " + VALUES + ")";

	private static final String UPDATE_UNLESS_APPROVED = "UPDATE enterprise_report SET status = :status,"
			+ " above_designated_size = :above_designated_size, "
			+ Arrays.stream(ReportField.values())
				.map((field) -> field.column() + " = :" + field.column())
				.collect(Collectors.joining(", "))
			+ " WHERE enterprise_id = :enterprise_id AND report_year = :report_year AND status <> :approved";

	/**
	 * An import's confirmed replacement: staff saw every old → new value and confirmed,
	 * so an approved report is replaced too (audited field by field). Enterprise users
	 * never get here for an approved report (the import refuses it).
	 */
	private static final String UPDATE_CONFIRMED = "UPDATE enterprise_report SET status = :status,"
			+ " above_designated_size = :above_designated_size, "
			+ Arrays.stream(ReportField.values())
				.map((field) -> field.column() + " = :" + field.column())
				.collect(Collectors.joining(", "))
			+ " WHERE enterprise_id = :enterprise_id AND report_year = :report_year";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	private final Enterprises enterprises;

	private final AuditLog audit;

	private final org.gaoxin.filing.internal.ReportReviews reviews;

	AnnualReports(JdbcClient jdbc, NamedParameterJdbcTemplate named, Enterprises enterprises, AuditLog audit,
			org.gaoxin.filing.internal.ReportReviews reviews) {
		this.jdbc = jdbc;
		this.named = named;
		this.enterprises = enterprises;
		this.audit = audit;
		this.reviews = reviews;
	}

	/**
	 * Stores many reports in one batch (demo seed, file import), audited as one import.
	 */
	@Transactional
	public void fileAll(List<AnnualReport> reports, String source) {
		this.named.batchUpdate(INSERT,
				reports.stream().map(AnnualReports::params).toArray(MapSqlParameterSource[]::new));
		this.audit.imported("enterprise_report", source, reports.size());
	}

	/**
	 * Stores one report, replacing that year's report if there is one; every changed
	 * field is audited. An approved report is locked and is not replaced.
	 * @throws ReportLockedException if that year's stored report is approved
	 */
	@Transactional
	public void file(AnnualReport report) {
		String key = key(report.enterpriseId(), report.year());
		Optional<AnnualReport> existing = find(report.enterpriseId(), report.year());
		if (existing.isPresent()) {
			if (existing.get().status() == ReportStatus.APPROVED) {
				throw new ReportLockedException(report.enterpriseId(), report.year(), "replace its figures");
			}
			// the condition on the stored status also stops an approval that happened
			// between the read above and this write
			if (this.named.update(UPDATE_UNLESS_APPROVED,
					params(report).addValue("approved", ReportStatus.APPROVED.name())) == 0) {
				throw new ReportLockedException(report.enterpriseId(), report.year(), "replace its figures");
			}
			this.audit.updated("enterprise_report", key, values(existing.get()), values(report));
		}
		else {
			this.named.update(INSERT, params(report));
			this.audit.created("enterprise_report", key, values(report));
		}
	}

	@Transactional(readOnly = true)
	public List<AnnualReport> of(long enterpriseId, DataScope scope) {
		if (this.enterprises.find(enterpriseId, scope).isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT * FROM enterprise_report WHERE enterprise_id = :id ORDER BY report_year")
			.param("id", enterpriseId)
			.query(ReportRows::report)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<AnnualReport> of(long enterpriseId, int year, DataScope scope) {
		if (this.enterprises.find(enterpriseId, scope).isEmpty()) {
			return Optional.empty();
		}
		return find(enterpriseId, year);
	}

	/**
	 * The zone's reports of the years, by enterprise id (zone-level: callers check the
	 * zone's scope).
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<AnnualReport>> inZone(String zoneCode, int fromYear, int toYear) {
		Map<Long, List<AnnualReport>> byEnterprise = new java.util.HashMap<>();
		this.jdbc.sql("""
				SELECT p.* FROM enterprise_report p JOIN enterprise e ON e.id = p.enterprise_id
				WHERE e.zone_code = :zone AND p.report_year BETWEEN :from AND :to ORDER BY p.report_year""")
			.param("zone", zoneCode)
			.param("from", fromYear)
			.param("to", toYear)
			.query(ReportRows::report)
			.list()
			.forEach(
					(report) -> byEnterprise.computeIfAbsent(report.enterpriseId(), (id) -> new java.util.ArrayList<>())
						.add(report));
		return byEnterprise;
	}

	/**
	 * Stored reports of the years, keyed "enterpriseId/year" (zone-level: for imports
	 * that check scope per row).
	 */
	@Transactional(readOnly = true)
	public Map<String, AnnualReport> ofYears(java.util.Collection<Integer> years) {
		Map<String, AnnualReport> stored = new java.util.HashMap<>();
		if (years.isEmpty()) {
			return stored;
		}
		this.jdbc.sql("SELECT * FROM enterprise_report WHERE report_year IN (:years)")
			.param("years", List.copyOf(years))
			.query(ReportRows::report)
			.list()
			.forEach((report) -> stored.put(report.enterpriseId() + "/" + report.year(), report));
		return stored;
	}

	/**
	 * Writes an import in batches: new reports inserted (the import itself is one audit
	 * line), replaced ones updated with every changed field audited old → new.
	 * {@code progress} hears how many rows are written so far.
	 */
	@Transactional
	public void importAll(List<AnnualReport> created, List<AnnualReport> replaced, Map<String, AnnualReport> before,
			String source, java.util.function.IntConsumer progress) {
		int written = 0;
		for (int from = 0; from < created.size(); from += 1000) {
			List<AnnualReport> batch = created.subList(from, Math.min(from + 1000, created.size()));
			this.named.batchUpdate(INSERT,
					batch.stream().map(AnnualReports::params).toArray(MapSqlParameterSource[]::new));
			written += batch.size();
			progress.accept(written);
		}
		if (!created.isEmpty()) {
			this.audit.importedRecords("enterprise_report", source,
					created.stream().map((r) -> r.enterpriseId() + "/" + r.year()).toList());
		}
		for (AnnualReport report : replaced) {
			this.named.update(UPDATE_CONFIRMED, params(report));
			String key = report.enterpriseId() + "/" + report.year();
			this.audit.updated("enterprise_report", key, values(before.get(key)), values(report));
			if (before.get(key).status() == ReportStatus.APPROVED) {
				// an approved report changes only through a reopen: the confirmed import
				// is that reopen
				this.reviews.record(report.enterpriseId(), report.year(), ReviewAction.REOPEN, ReportStatus.APPROVED,
						this.audit.actor(), "由导入替换已审核数据 / replaced by " + source);
				if (report.status() == ReportStatus.APPROVED) {
					this.reviews.record(report.enterpriseId(), report.year(), ReviewAction.APPROVE,
							ReportStatus.SUBMITTED, this.audit.actor(), "导入确认 / confirmed import " + source);
				}
			}
			progress.accept(++written);
		}
	}

	/** The fields of a report as the audit log and import diffs name them. */
	public static Map<String, Object> describe(AnnualReport report) {
		return values(report);
	}

	/**
	 * Moves a report from one status to another and audits it; false when the stored
	 * status is no longer {@code from} (someone else acted first). The workflow decides
	 * which moves are allowed.
	 */
	boolean changeStatus(long enterpriseId, int year, ReportStatus from, ReportStatus to) {
		int changed = this.jdbc.sql("""
				UPDATE enterprise_report SET status = :to
				WHERE enterprise_id = :id AND report_year = :year AND status = :from""")
			.param("to", to.name())
			.param("id", enterpriseId)
			.param("year", year)
			.param("from", from.name())
			.update();
		if (changed == 0) {
			return false;
		}
		this.audit.updated("enterprise_report", key(enterpriseId, year), Map.of("status", from), Map.of("status", to));
		return true;
	}

	/** The stored report without a scope check: callers in this module check first. */
	Optional<AnnualReport> find(long enterpriseId, int year) {
		return this.jdbc.sql("SELECT * FROM enterprise_report WHERE enterprise_id = :id AND report_year = :year")
			.param("id", enterpriseId)
			.param("year", year)
			.query(ReportRows::report)
			.optional();
	}

	private static String key(long enterpriseId, int year) {
		return enterpriseId + "/" + year;
	}

	private static MapSqlParameterSource params(AnnualReport report) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("enterprise_id", report.enterpriseId())
			.addValue("report_year", report.year())
			.addValue("status", report.status().name())
			.addValue("above_designated_size", report.aboveDesignatedSize());
		for (ReportField field : ReportField.values()) {
			params.addValue(field.column(), field.valueIn(report));
		}
		return params;
	}

	private static Map<String, Object> values(AnnualReport report) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("status", report.status());
		values.put("above_designated_size", report.aboveDesignatedSize());
		for (ReportField field : ReportField.values()) {
			values.put(field.code(), field.valueIn(report));
		}
		return values;
	}

}
