package org.gaoxin.target;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.evaluation.Evaluator;
import org.gaoxin.region.Regions;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.ReportingYears;
import org.gaoxin.shared.Unit;
import org.gaoxin.shared.YearRange;
import org.gaoxin.standard.Comparison;
import org.gaoxin.standard.Standard;
import org.gaoxin.standard.Standards;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A zone's metrics and their multi-year targets. Reading is open to whoever reads the
 * zone; defining metrics and setting targets to the zone's headquarters and
 * administrators, audited, every version kept.
 */
@Service
public class Targets {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Regions regions;

	private final Standards standards;

	private final Evaluator evaluator;

	/**
	 * How many years past the last accepted data year a target may be set for: a plan's
	 * horizon (five-year plans and the accreditation deadline fall within it).
	 */
	public static final int HORIZON = 10;

	private final Clock clock;

	private final ReportingYears reportingYears;

	private final YearRange years;

	private final org.gaoxin.region.ZoneDataVersions versions;

	Targets(JdbcClient jdbc, AuditLog audit, Regions regions, Standards standards, Evaluator evaluator, Clock clock,
			ReportingYears reportingYears, YearRange years, org.gaoxin.region.ZoneDataVersions versions) {
		this.versions = versions;
		this.jdbc = jdbc;
		this.audit = audit;
		this.regions = regions;
		this.standards = standards;
		this.evaluator = evaluator;
		this.clock = clock;
		this.reportingYears = reportingYears;
		this.years = years;
	}

	/**
	 * The years a target may be set for (docs/VALIDATION.md): from the zone's first data
	 * year (the first accepted year while it has none) to {@link #HORIZON} years past the
	 * last accepted data year ({@code gaoxin.years.max}).
	 */
	public int[] targetYears(String zoneCode) {
		List<Integer> data = this.reportingYears.years(zoneCode);
		int first = data.isEmpty() ? this.years.min() : data.get(0);
		return new int[] { first, this.years.max() + HORIZON };
	}

	/** Headquarters and administrators of the zone set its targets. */
	public static boolean canEdit(DataScope scope, String zoneCode) {
		return (scope.role() == Role.ADMIN || scope.role() == Role.HEADQUARTERS) && scope.canReadZone(zoneCode);
	}

	/** The zone's metrics in their order. */
	@Transactional(readOnly = true)
	public List<Metric> metrics(String zoneCode, DataScope scope) {
		this.regions.readable(zoneCode, scope);
		return metrics(zoneCode);
	}

	/** The zone's targets, by metric order then year. */
	@Transactional(readOnly = true)
	public List<Target> targets(String zoneCode, DataScope scope) {
		this.regions.readable(zoneCode, scope);
		return targets(zoneCode);
	}

	/**
	 * A metric's targets, earliest year first. Zone-level data: callers check the zone is
	 * in the user's scope.
	 */
	@Transactional(readOnly = true)
	public List<Target> of(String zoneCode, String metricKey) {
		return this.jdbc.sql("""
				SELECT * FROM zone_target WHERE zone_code = :zone AND target_key = :key ORDER BY target_year""")
			.param("zone", zoneCode)
			.param("key", metricKey)
			.query(Targets::target)
			.list();
	}

	/**
	 * Every version of a target, first first, whatever its year; a target never set is
	 * not found.
	 */
	@Transactional(readOnly = true)
	public List<TargetVersion> history(String zoneCode, String metricKey, int year, DataScope scope) {
		this.regions.readable(zoneCode, scope);
		List<TargetVersion> versions = this.jdbc.sql("""
				SELECT v.* FROM zone_target_version v JOIN zone_target t ON t.id = v.target_id
				WHERE t.zone_code = :zone AND t.target_key = :key AND t.target_year = :year ORDER BY v.version""")
			.param("zone", zoneCode)
			.param("key", metricKey)
			.param("year", year)
			.query(Targets::version)
			.list();
		if (versions.isEmpty()) {
			throw new NotFoundException(Message.of("target.error.noTarget", metricKey, year));
		}
		return versions;
	}

	/** The earlier versions of each of the zone's targets, keyed "metric/year". */
	@Transactional(readOnly = true)
	public Map<String, List<TargetVersion>> histories(String zoneCode, DataScope scope) {
		this.regions.readable(zoneCode, scope);
		Map<String, List<TargetVersion>> histories = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					SELECT t.target_key, t.target_year, v.* FROM zone_target_version v JOIN zone_target t ON t.id = v.target_id
					WHERE t.zone_code = :zone ORDER BY t.target_key, t.target_year, v.version""")
			.param("zone", zoneCode)
			.query((rs, row) -> {
				histories
					.computeIfAbsent(rs.getString("target_key") + "/" + rs.getInt("target_year"),
							(key) -> new java.util.ArrayList<>())
					.add(version(rs, row));
				return null;
			})
			.list();
		return histories;
	}

	/**
	 * Defines a metric, or redefines it under the same key. The reference must measure
	 * something: the standard's indicator, a zone figure, a formula over what the
	 * standard and the figures offer.
	 */
	@Transactional
	public Metric define(Metric metric, DataScope scope) {
		requireEditor(metric.zoneCode(), scope);
		check(metric);
		// the targets' overview and the pool's outlook are kept per data version
		this.versions.changed(metric.zoneCode());
		Optional<Metric> before = metrics(metric.zoneCode()).stream()
			.filter((m) -> m.key().equals(metric.key()))
			.findFirst();
		if (before.isPresent()) {
			this.jdbc
				.sql("""
						UPDATE target_metric SET kind = :kind, standard_code = :standard, reference = :reference, unit = :unit,
						  name_zh = :zh, name_en = :en, position = :position WHERE zone_code = :zone AND metric_key = :key""")
				.params(metricParams(metric))
				.update();
			this.audit.updated("target_metric", metric.zoneCode() + "/" + metric.key(), describe(before.get()),
					describe(metric));
		}
		else {
			this.jdbc
				.sql("""
						INSERT INTO target_metric (zone_code, metric_key, kind, standard_code, reference, unit, name_zh, name_en, position)
						VALUES (:zone, :key, :kind, :standard, :reference, :unit, :zh, :en, :position)""")
				.params(metricParams(metric))
				.update();
			this.audit.created("target_metric", metric.zoneCode() + "/" + metric.key(), describe(metric));
		}
		return metric;
	}

	/**
	 * Sets a target: the first version, or a new version when the value, comparison or
	 * source changes. Audited; the earlier versions stay readable.
	 */
	@Transactional
	public Target set(Target target, String note, DataScope scope) {
		requireEditor(target.zoneCode(), scope);
		if (metrics(target.zoneCode()).stream().noneMatch((m) -> m.key().equals(target.metricKey()))) {
			throw new NotFoundException(Message.of("target.error.noMetric", target.metricKey()));
		}
		TargetNumbers.nonNegative("value", target.value());
		int[] allowed = targetYears(target.zoneCode());
		if (target.year() < allowed[0] || target.year() > allowed[1]) {
			throw new InputRefused("targetYear", "year", allowed[0], allowed[1]);
		}
		String key = target.zoneCode() + "/" + target.metricKey() + "/" + target.year();
		this.versions.changed(target.zoneCode());
		Optional<Target> before = of(target.zoneCode(), target.metricKey()).stream()
			.filter((t) -> t.year() == target.year())
			.findFirst();
		if (before.isEmpty()) {
			this.jdbc
				.sql("""
						INSERT INTO zone_target (zone_code, target_key, target_year, target_value, comparison, version, source)
						VALUES (:zone, :key, :year, :value, :comparison, 1, :source)""")
				.param("zone", target.zoneCode())
				.param("key", target.metricKey())
				.param("year", target.year())
				.param("value", target.value())
				.param("comparison", target.comparison().name())
				.param("source", target.source())
				.update();
			long id = idOf(target.zoneCode(), target.metricKey(), target.year());
			writeVersion(id, 1, target, note);
			this.audit.created("zone_target", key, withNote(describe(target), note));
			return new Target(target.zoneCode(), target.metricKey(), target.year(), target.value(), target.comparison(),
					1, target.source());
		}
		Target old = before.get();
		boolean same = old.value().compareTo(target.value()) == 0 && old.comparison() == target.comparison()
				&& java.util.Objects.equals(old.source(), target.source());
		if (same) {
			return old;
		}
		int version = old.version() + 1;
		long id = idOf(target.zoneCode(), target.metricKey(), target.year());
		this.jdbc
			.sql("""
					UPDATE zone_target SET target_value = :value, comparison = :comparison, version = :version, source = :source
					WHERE id = :id""")
			.param("value", target.value())
			.param("comparison", target.comparison().name())
			.param("version", version)
			.param("source", target.source())
			.param("id", id)
			.update();
		Target changed = new Target(target.zoneCode(), target.metricKey(), target.year(), target.value(),
				target.comparison(), version, target.source());
		writeVersion(id, version, changed, note);
		this.audit.updated("zone_target", key, describe(old), withNote(describe(changed), note));
		return changed;
	}

	private void writeVersion(long targetId, int version, Target target, String note) {
		this.jdbc
			.sql("""
					INSERT INTO zone_target_version (target_id, version, target_value, comparison, source, note, changed_at, changed_by)
					VALUES (:id, :version, :value, :comparison, :source, :note, :at, :by)""")
			.param("id", targetId)
			.param("version", version)
			.param("value", target.value())
			.param("comparison", target.comparison().name())
			.param("source", target.source())
			.param("note", (note != null && !note.isBlank()) ? note.strip() : null)
			.param("at", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
			.param("by", this.audit.actor())
			.update();
	}

	private long idOf(String zoneCode, String metricKey, int year) {
		return this.jdbc
			.sql("SELECT id FROM zone_target WHERE zone_code = :zone AND target_key = :key AND target_year = :year")
			.param("zone", zoneCode)
			.param("key", metricKey)
			.param("year", year)
			.query(Long.class)
			.single();
	}

	List<Metric> metrics(String zoneCode) {
		return this.jdbc.sql("SELECT * FROM target_metric WHERE zone_code = :zone ORDER BY position, metric_key")
			.param("zone", zoneCode)
			.query((rs, row) -> new Metric(rs.getString("zone_code"), rs.getString("metric_key"),
					MetricKind.valueOf(rs.getString("kind")), rs.getString("standard_code"), rs.getString("reference"),
					Unit.valueOf(rs.getString("unit")),
					new LocalizedText(rs.getString("name_zh"), rs.getString("name_en")), rs.getInt("position")))
			.list();
	}

	List<Target> targets(String zoneCode) {
		return this.jdbc
			.sql("""
					SELECT t.* FROM zone_target t LEFT JOIN target_metric m ON m.zone_code = t.zone_code AND m.metric_key = t.target_key
					WHERE t.zone_code = :zone ORDER BY m.position, t.target_key, t.target_year""")
			.param("zone", zoneCode)
			.query(Targets::target)
			.list();
	}

	private void requireEditor(String zoneCode, DataScope scope) {
		this.regions.readable(zoneCode, scope);
		if (!canEdit(scope, zoneCode)) {
			throw new AccessDeniedException("Only the zone's headquarters sets its targets");
		}
	}

	private void check(Metric metric) {
		if (!metric.key().matches("[a-z][a-z0-9_]{0,47}")) {
			throw new MessageException(Message.of("target.error.metricKey", metric.key()));
		}
		switch (metric.kind()) {
			case INDICATOR -> {
				Standard standard = standard(metric.standardCode());
				if (standard.indicator(metric.reference()).isEmpty()) {
					throw new MessageException(
							Message.of("target.error.noIndicator", metric.reference(), standard.reference()));
				}
			}
			case CORE_MET -> standard(metric.standardCode());
			default -> {
				if (metric.kind() == MetricKind.AGGREGATE) {
					standard(metric.standardCode());
				}
				Set<String> unknown;
				try {
					unknown = this.evaluator.unknownInputs(
							(metric.kind() == MetricKind.AGGREGATE) ? metric.standardCode() : null, metric.reference());
				}
				catch (IllegalArgumentException ex) {
					throw new MessageException(Message.of("target.error.formula", metric.reference(), ex.getMessage()));
				}
				if (metric.kind() == MetricKind.FIGURE && !metric.reference().matches("[a-z][a-z0-9_]*")) {
					throw new MessageException(Message.of("target.error.figure", metric.reference()));
				}
				if (!unknown.isEmpty()) {
					throw new MessageException(Message.of("target.error.unknownInputs", metric.reference(), unknown));
				}
			}
		}
	}

	private Standard standard(String code) {
		try {
			return this.standards.resolveThreshold(code);
		}
		catch (NotFoundException ex) {
			throw new MessageException(Message.of("target.error.noStandard", code));
		}
	}

	private static Map<String, Object> metricParams(Metric metric) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("zone", metric.zoneCode());
		params.put("key", metric.key());
		params.put("kind", metric.kind().name());
		params.put("standard", metric.standardCode());
		params.put("reference", metric.reference());
		params.put("unit", metric.unit().name());
		params.put("zh", metric.name().zh());
		params.put("en", metric.name().en());
		params.put("position", metric.position());
		return params;
	}

	private static Map<String, Object> describe(Metric metric) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("kind", metric.kind());
		values.put("standard", metric.standardCode());
		values.put("reference", metric.reference());
		values.put("unit", metric.unit());
		values.put("nameZh", metric.name().zh());
		return values;
	}

	private static Map<String, Object> describe(Target target) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("value", target.value().stripTrailingZeros().toPlainString());
		values.put("comparison", target.comparison());
		values.put("source", target.source());
		// the version counter is the page's history, not a figure: the log says why
		// instead
		return values;
	}

	/** The reason given for a change goes into the log beside the change. */
	private static Map<String, Object> withNote(Map<String, Object> values, String note) {
		if (note != null && !note.isBlank()) {
			values.put("note", note.strip());
		}
		return values;
	}

	private static Target target(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Target(rs.getString("zone_code"), rs.getString("target_key"), rs.getInt("target_year"),
				plain(rs.getBigDecimal("target_value")), Comparison.valueOf(rs.getString("comparison")),
				rs.getInt("version"), rs.getString("source"));
	}

	/** A number without trailing zeros and never in exponent form: 70, 3.5. */
	static java.math.BigDecimal plain(java.math.BigDecimal value) {
		java.math.BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static TargetVersion version(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new TargetVersion(rs.getInt("version"), plain(rs.getBigDecimal("target_value")),
				Comparison.valueOf(rs.getString("comparison")), rs.getString("source"), rs.getString("note"),
				rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("changed_by"));
	}

}
