package org.gaoxin.filing;

import org.gaoxin.enterprise.EnterpriseScopeSql;
import org.gaoxin.enterprise.EnterpriseDataVersions;
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
import org.gaoxin.shared.EditConflict;
import org.gaoxin.shared.Message;

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

	/**
	 * {@link #INSERT} from a query's rows, which name the same columns; the query (its
	 * FROM, aliased {@code r}) follows.
	 */
	public static final String INSERT_SELECTED = "INSERT INTO enterprise_report (enterprise_id, report_year, status,"
			+ " above_designated_size, " + COLUMNS + ") SELECT r.enterprise_id, r.report_year, r.status,"
			+ " r.above_designated_size, "
			+ Arrays.stream(ReportField.values())
				.map((field) -> "r." + field.column())
				.collect(Collectors.joining(", "));

	/**
	 * A report's key in the audit log ("enterprise id/year") as SQL over a row aliased
	 * {@code {alias}}, the same on H2 and PostgreSQL.
	 */
	public static final String KEY_SQL = "CAST({alias}.enterprise_id AS VARCHAR(20)) || '/' ||"
			+ " CAST({alias}.report_year AS VARCHAR(11))";

	/**
	 * A save from a form: only over the version the form showed, and never over an
	 * approved report.
	 */
	private static final String UPDATE_SEEN_UNLESS_APPROVED = "UPDATE enterprise_report SET status = :status,"
			+ " above_designated_size = :above_designated_size, version = version + 1, "
			+ Arrays.stream(ReportField.values())
				.map((field) -> field.column() + " = :" + field.column())
				.collect(Collectors.joining(", "))
			+ " WHERE enterprise_id = :enterprise_id AND report_year = :report_year AND status <> :approved"
			+ " AND version = :seen";

	/**
	 * An import's confirmed replacement: staff saw every old → new value and confirmed,
	 * so an approved report is replaced too (audited field by field). Enterprise users
	 * never get here for an approved report (the bulk interface refuses it).
	 */
	public static final String REPLACE = "UPDATE enterprise_report SET status = :status,"
			+ " above_designated_size = :above_designated_size, version = version + 1, "
			+ Arrays.stream(ReportField.values())
				.map((field) -> field.column() + " = :" + field.column())
				.collect(Collectors.joining(", "))
			+ " WHERE enterprise_id = :enterprise_id AND report_year = :report_year";

	/** The statuses whose reports are complete and count: submitted and approved. */
	public static final java.util.Set<ReportStatus> FILED = java.util.EnumSet.of(ReportStatus.SUBMITTED,
			ReportStatus.APPROVED);

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	private final Enterprises enterprises;

	private final AuditLog audit;

	private final org.gaoxin.filing.internal.ReportReviews reviews;

	private final EnterpriseDataVersions versions;

	AnnualReports(JdbcClient jdbc, NamedParameterJdbcTemplate named, Enterprises enterprises, AuditLog audit,
			org.gaoxin.filing.internal.ReportReviews reviews, EnterpriseDataVersions versions) {
		this.jdbc = jdbc;
		this.named = named;
		this.enterprises = enterprises;
		this.audit = audit;
		this.reviews = reviews;
		this.versions = versions;
	}

	/**
	 * Stores one report over whatever is stored for its year (programs and tests; forms
	 * name the version they showed, {@link #file(AnnualReport, int)}).
	 * @throws ReportLockedException if that year's stored report is approved
	 */
	@Transactional
	public void file(AnnualReport report) {
		file(report, version(report.enterpriseId(), report.year()));
	}

	/**
	 * Stores one report if the stored one is still the version the form showed (0: none
	 * was stored); every changed field is audited. An approved report is locked and is
	 * not replaced.
	 * @return the version now stored
	 * @throws ReportLockedException if that year's stored report is approved
	 * @throws EditConflict if someone saved the report after the form was opened; nothing
	 * is written
	 */
	@Transactional
	public int file(AnnualReport report, int seenVersion) {
		String key = key(report.enterpriseId(), report.year());
		Optional<AnnualReport> existing = find(report.enterpriseId(), report.year());
		if (existing.isEmpty()) {
			if (seenVersion != 0) {
				throw conflict(report, null);
			}
			this.named.update(INSERT, params(report));
			this.versions.changed(report.enterpriseId());
			this.audit.created("enterprise_report", key, values(report));
			return 1;
		}
		if (existing.get().status().locked()) {
			throw new ReportLockedException(report.enterpriseId(), report.year(), "replace its figures");
		}
		int stored = version(report.enterpriseId(), report.year());
		// the conditions on status and version also stop an approval or a save that
		// happened between the read above and this write
		if (stored != seenVersion || this.named.update(UPDATE_SEEN_UNLESS_APPROVED,
				params(report).addValue("approved", ReportStatus.APPROVED.name()).addValue("seen", seenVersion)) == 0) {
			AnnualReport now = find(report.enterpriseId(), report.year()).orElse(existing.get());
			if (now.status().locked()) {
				throw new ReportLockedException(report.enterpriseId(), report.year(), "replace its figures");
			}
			throw conflict(report, now);
		}
		this.versions.changed(report.enterpriseId());
		this.audit.updated("enterprise_report", key, values(existing.get()), values(report));
		return seenVersion + 1;
	}

	/** The stored version of a year's report, 0 when there is none. */
	public int version(long enterpriseId, int year) {
		return this.jdbc.sql("SELECT version FROM enterprise_report WHERE enterprise_id = :id AND report_year = :year")
			.param("id", enterpriseId)
			.param("year", year)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/**
	 * A save on a stale copy: who saved last, and for every figure where the form differs
	 * from what is stored now, the stored value and the typed one.
	 */
	private EditConflict conflict(AnnualReport typed, AnnualReport current) {
		String key = key(typed.enterpriseId(), typed.year());
		List<org.gaoxin.audit.AuditEntry> history = this.audit.forRecord("enterprise_report", key);
		String by = history.isEmpty() ? "" : history.get(history.size() - 1).actor();
		List<Message> differences = new java.util.ArrayList<>();
		for (ReportField field : ReportField.values()) {
			Number theirs = (current != null) ? field.valueIn(current) : null;
			Number yours = field.valueIn(typed);
			if (!sameValue(theirs, yours)) {
				differences.add(Message.of("workflow.conflict.field", field.label(), shown(theirs), shown(yours)));
			}
		}
		Message text = (current != null)
				? Message.of("workflow.conflict", typed.year(), by, current.status(), differences.size())
				: Message.of("workflow.conflict.gone", typed.year());
		return new EditConflict(text, differences, version(typed.enterpriseId(), typed.year()));
	}

	private static boolean sameValue(Number a, Number b) {
		if (a == null || b == null) {
			return a == b;
		}
		return new java.math.BigDecimal(a.toString()).compareTo(new java.math.BigDecimal(b.toString())) == 0;
	}

	private static Object shown(Number value) {
		return (value != null) ? value : Message.of("workflow.conflict.blank");
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
	 * The enterprise's submitted and approved reports, earliest first: what assessments
	 * read. Drafts and returned reports are work in progress and may be incomplete.
	 */
	@Transactional(readOnly = true)
	public List<AnnualReport> filed(long enterpriseId, DataScope scope) {
		return of(enterpriseId, scope).stream().filter((report) -> FILED.contains(report.status())).toList();
	}

	/**
	 * The zone's submitted and approved reports of the years, of the enterprises the
	 * caller may see, by enterprise id: what data quality, assessments and exports read.
	 * Drafts and returned reports are work in progress and may be incomplete.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<AnnualReport>> inZone(String zoneCode, int fromYear, int toYear, DataScope scope) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("zone", zoneCode);
		params.put("from", fromYear);
		params.put("to", toYear);
		params.put("filed", FILED.stream().map(Enum::name).toList());
		String where = EnterpriseScopeSql.conditions(scope, params);
		Map<Long, List<AnnualReport>> byEnterprise = new java.util.HashMap<>();
		this.jdbc.sql("""
				SELECT p.* FROM enterprise_report p JOIN enterprise e ON e.id = p.enterprise_id
				WHERE e.zone_code = :zone AND p.report_year BETWEEN :from AND :to
				  AND p.status IN (:filed)""" + where + " ORDER BY p.report_year")
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
		// what counts (approved, or also submitted) changes with the status
		this.versions.changed(enterpriseId);
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
