package org.gaoxin.filing;

import org.gaoxin.enterprise.EnterpriseScopeSql;
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

	/**
	 * The statements the bulk interface shares, so that one statement writes a report.
	 */
	public static final String INSERT = "INSERT INTO enterprise_report (enterprise_id, report_year, status,"
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
	 * never get here for an approved report (the bulk interface refuses it).
	 */
	public static final String REPLACE = "UPDATE enterprise_report SET status = :status,"
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
	 * Stores one report, replacing that year's report if there is one; every changed
	 * field is audited. An approved report is locked and is not replaced.
	 * @throws ReportLockedException if that year's stored report is approved
	 */
	@Transactional
	public void file(AnnualReport report) {
		String key = key(report.enterpriseId(), report.year());
		Optional<AnnualReport> existing = find(report.enterpriseId(), report.year());
		if (existing.isPresent()) {
			if (existing.get().status().locked()) {
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
	 * The zone's reports of the years whose enterprises the caller may see, by enterprise
	 * id.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<AnnualReport>> inZone(String zoneCode, int fromYear, int toYear, DataScope scope) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("zone", zoneCode);
		params.put("from", fromYear);
		params.put("to", toYear);
		String where = EnterpriseScopeSql.conditions(scope, params);
		Map<Long, List<AnnualReport>> byEnterprise = new java.util.HashMap<>();
		this.jdbc
			.sql("""
					SELECT p.* FROM enterprise_report p JOIN enterprise e ON e.id = p.enterprise_id
					WHERE e.zone_code = :zone AND p.report_year BETWEEN :from AND :to""" + where
					+ " ORDER BY p.report_year")
			.params(params)
			.query(ReportRows::report)
			.list()
			.forEach(
					(report) -> byEnterprise.computeIfAbsent(report.enterpriseId(), (id) -> new java.util.ArrayList<>())
						.add(report));
		return byEnterprise;
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

	public static MapSqlParameterSource params(AnnualReport report) {
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
