package org.gaoxin.statistics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.account.DataScope;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.region.Regions;
import org.gaoxin.region.ZoneDataVersions;
import org.gaoxin.shared.EditConflict;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.YearRange;
import org.gaoxin.shared.Unit;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Zone annual figures: typed, unit-carrying values, each change audited old → new. */
@Service
public class ZoneFigures {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Regions regions;

	private final NamedParameterJdbcTemplate named;

	private final TransactionTemplate transactions;

	private final YearRange years;

	private final org.springframework.beans.factory.ObjectProvider<DerivedFigure> derived;

	private final ZoneDataVersions versions;

	ZoneFigures(JdbcClient jdbc, AuditLog audit, Regions regions, NamedParameterJdbcTemplate named,
			PlatformTransactionManager transactions, YearRange years,
			org.springframework.beans.factory.ObjectProvider<DerivedFigure> derived, ZoneDataVersions versions) {
		this.derived = derived;
		this.versions = versions;
		this.jdbc = jdbc;
		this.audit = audit;
		this.regions = regions;
		this.named = named;
		this.transactions = new TransactionTemplate(transactions);
		this.years = years;
	}

	@Transactional(readOnly = true)
	public List<FigureDefinition> definitions() {
		return this.jdbc.sql("SELECT * FROM figure_definition ORDER BY sort_order, code")
			.query((rs, row) -> new FigureDefinition(rs.getString("code"), rs.getString("name_zh"),
					rs.getString("name_en"), Unit.valueOf(rs.getString("unit")),
					ValueType.valueOf(rs.getString("value_type")), rs.getInt("sort_order"),
					rs.getBigDecimal("min_value"), rs.getBigDecimal("max_value")))
			.list();
	}

	public FigureDefinition definition(String code) {
		return definitions().stream()
			.filter((definition) -> definition.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No zone figure named '" + code + "'"));
	}

	/** Every defined figure of a zone the caller may read, missing ones included. */
	@Transactional(readOnly = true)
	public List<ZoneFigure> of(String zoneCode, int year, DataScope scope) {
		this.regions.readable(zoneCode, scope);
		return of(zoneCode, year);
	}

	/** Every defined figure for the zone-year, missing ones included (as missing). */
	@Transactional(readOnly = true)
	public List<ZoneFigure> of(String zoneCode, int year) {
		Map<String, ZoneFigure> stored = new HashMap<>();
		List<FigureDefinition> definitions = definitions();
		Map<String, FigureDefinition> byCode = new LinkedHashMap<>();
		definitions.forEach((definition) -> byCode.put(definition.code(), definition));
		this.jdbc.sql("SELECT * FROM zone_figure WHERE zone_code = :zone AND figure_year = :year")
			.param("zone", zoneCode)
			.param("year", year)
			.query((rs, row) -> {
				FigureDefinition definition = byCode.get(rs.getString("figure_code"));
				Object flag = rs.getObject("bool_value");
				return stored.put(definition.code(),
						new ZoneFigure(zoneCode, year, definition, rs.getBigDecimal("num_value"),
								(flag != null) ? rs.getBoolean("bool_value") : null, rs.getString("source"),
								rs.getInt("version")));
			})
			.list();
		return definitions.stream()
			.map((definition) -> stored.getOrDefault(definition.code(),
					new ZoneFigure(zoneCode, year, definition, null, null, null)))
			.toList();
	}

	/**
	 * The figures computed from other records ({@link DerivedFigure}), which formulas may
	 * name beside the stored ones; never offered for typing in or importing.
	 */
	public List<FigureDefinition> derivedDefinitions() {
		return this.derived.orderedStream().map(DerivedFigure::definition).toList();
	}

	/**
	 * What a standard's formulas read for the zone-year: every stored figure (missing
	 * ones as missing) and the derived ones.
	 */
	@Transactional(readOnly = true)
	public List<ZoneFigure> forFormulas(String zoneCode, int year) {
		List<ZoneFigure> all = new java.util.ArrayList<>(of(zoneCode, year));
		this.derived.orderedStream()
			.forEach((figure) -> all.add(new ZoneFigure(zoneCode, year, figure.definition(),
					figure.value(zoneCode, year).orElse(null), null, null)));
		return all;
	}

	/**
	 * {@link #forFormulas(String, int)} for many zone-years in one query, keyed by
	 * "zone/year": every stored figure (missing ones as missing); of the derived ones
	 * only those named in {@code derivedCodes} (each is computed by queries of its own).
	 */
	@Transactional(readOnly = true)
	public Map<String, List<ZoneFigure>> forFormulas(java.util.Collection<String> zones,
			java.util.Collection<Integer> years, java.util.Set<String> derivedCodes) {
		Map<String, ZoneFigure> stored = stored(zones, years);
		List<FigureDefinition> definitions = definitions();
		List<DerivedFigure> derived = this.derived.orderedStream()
			.filter((figure) -> derivedCodes.contains(figure.definition().code()))
			.toList();
		Map<String, List<ZoneFigure>> result = new HashMap<>();
		for (String zone : zones) {
			for (int year : years) {
				List<ZoneFigure> all = new java.util.ArrayList<>(definitions.size() + derived.size());
				for (FigureDefinition definition : definitions) {
					ZoneFigure figure = stored.get(zone + "/" + year + "/" + definition.code());
					all.add((figure != null) ? figure : new ZoneFigure(zone, year, definition, null, null, null));
				}
				derived.forEach((figure) -> all.add(new ZoneFigure(zone, year, figure.definition(),
						figure.value(zone, year).orElse(null), null, null)));
				result.put(zone + "/" + year, all);
			}
		}
		return result;
	}

	public Optional<ZoneFigure> find(String zoneCode, int year, String code) {
		return of(zoneCode, year).stream()
			.filter((figure) -> figure.code().equals(code) && !figure.missing())
			.findFirst();
	}

	@Transactional(readOnly = true)
	public List<Integer> years(String zoneCode) {
		return this.jdbc
			.sql("SELECT DISTINCT figure_year FROM zone_figure WHERE zone_code = :zone ORDER BY figure_year")
			.param("zone", zoneCode)
			.query(Integer.class)
			.list();
	}

	/**
	 * How many figures are stored for each year of the zone, earliest first: how complete
	 * a year's zone figures are.
	 */
	@Transactional(readOnly = true)
	public java.util.SortedMap<Integer, Integer> countsByYear(String zoneCode) {
		java.util.SortedMap<Integer, Integer> counts = new java.util.TreeMap<>();
		this.jdbc.sql("SELECT figure_year, COUNT(*) FROM zone_figure WHERE zone_code = :zone GROUP BY figure_year")
			.param("zone", zoneCode)
			.query((rs, row) -> counts.put(rs.getInt(1), rs.getInt(2)))
			.list();
		return counts;
	}

	/**
	 * Sets a numeric figure on behalf of a user, who must be allowed to edit the zone's
	 * figures, over whatever is stored (programs and tests; forms use
	 * {@link #save(FigureEdit, DataScope)}).
	 */
	public ZoneFigure set(String zoneCode, int year, String code, BigDecimal number, String source, DataScope scope) {
		return save(new FigureEdit(zoneCode, year, code, number, null, source, currentVersion(zoneCode, year, code)),
				scope);
	}

	public ZoneFigure set(String zoneCode, int year, String code, boolean flag, String source, DataScope scope) {
		return save(new FigureEdit(zoneCode, year, code, null, flag, source, currentVersion(zoneCode, year, code)),
				scope);
	}

	/**
	 * One figure as a form edits it: the value (a number or a yes/no flag), where it
	 * comes from, and the version the form showed (0 when no value was stored).
	 */
	public record FigureEdit(String zoneCode, int year, String code, BigDecimal number, Boolean flag, String source,
			int seenVersion) {

		String key() {
			return this.zoneCode + "/" + this.year + "/" + this.code;
		}

	}

	/**
	 * Saves one figure edited by a user allowed to edit the zone's figures, if the stored
	 * figure is still the version the form showed; audited old → new. Two first saves of
	 * the same figure at once do not fail: the one that loses is retried and becomes a
	 * save on a stale copy.
	 * @return the figure as stored, with its new version
	 * @throws EditConflict when someone saved the figure after the form was opened;
	 * nothing is written
	 * @throws InputRefused when the year, the value or the source is not one the figure
	 * can hold
	 */
	public ZoneFigure save(FigureEdit edit, DataScope scope) {
		requireEditor(edit.zoneCode(), scope);
		FigureDefinition definition = checked(edit);
		try {
			return this.transactions.execute((status) -> saveOnce(edit, definition));
		}
		catch (DuplicateKeyException ex) {
			// someone stored the figure between our read and our insert: read again
			return this.transactions.execute((status) -> saveOnce(edit, definition));
		}
	}

	/** The longest source the column keeps. */
	public static final int MAX_SOURCE_LENGTH = 200;

	private FigureDefinition checked(FigureEdit edit) {
		this.years.check("year", edit.year());
		FigureDefinition definition = definition(edit.code());
		boolean yesNo = definition.valueType() == ValueType.BOOLEAN;
		if (yesNo ? edit.flag() == null : edit.number() == null) {
			throw new InputRefused("value", yesNo ? "yesNo" : "number");
		}
		if (!yesNo) {
			definition.check("value", edit.number());
		}
		if (edit.source() != null && edit.source().length() > MAX_SOURCE_LENGTH) {
			throw new InputRefused("source", "tooLong", MAX_SOURCE_LENGTH);
		}
		return definition;
	}

	private ZoneFigure saveOnce(FigureEdit edit, FigureDefinition definition) {
		Optional<ZoneFigure> current = storedFigure(edit.zoneCode(), edit.year(), definition);
		BigDecimal number = (definition.valueType() == ValueType.NUMBER) ? edit.number() : null;
		Boolean flag = (definition.valueType() == ValueType.BOOLEAN) ? edit.flag() : null;
		String source = (edit.source() != null && !edit.source().isBlank()) ? edit.source().strip() : null;
		Map<String, Object> params = params(edit.zoneCode(), edit.year(), definition.code(), number, flag, source);
		if (current.isEmpty()) {
			if (edit.seenVersion() != 0) {
				throw conflict(edit, definition, null);
			}
			this.jdbc
				.sql("""
						INSERT INTO zone_figure (zone_code, figure_year, figure_code, num_value, bool_value, source, version)
						VALUES (:zone, :year, :code, :number, :flag, :source, 1)""")
				.params(params)
				.update();
			this.versions.changed(edit.zoneCode());
			this.audit.created("zone_figure", edit.key(), values(number, flag));
			return new ZoneFigure(edit.zoneCode(), edit.year(), definition, number, flag, source, 1);
		}
		ZoneFigure before = current.get();
		params.put("seen", edit.seenVersion());
		if (before.version() != edit.seenVersion() || this.jdbc.sql("""
				UPDATE zone_figure SET num_value = :number, bool_value = :flag, source = :source, version = version + 1
				WHERE zone_code = :zone AND figure_year = :year AND figure_code = :code AND version = :seen""")
			.params(params)
			.update() == 0) {
			throw conflict(edit, definition, before);
		}
		this.versions.changed(edit.zoneCode());
		this.audit.updated("zone_figure", edit.key(), values(before.number(), before.flag()), values(number, flag));
		return new ZoneFigure(edit.zoneCode(), edit.year(), definition, number, flag, source, before.version() + 1);
	}

	/**
	 * A save on a stale copy: whose value stands (and who saved it) and what this user
	 * tried to save, in one message.
	 */
	private EditConflict conflict(FigureEdit edit, FigureDefinition definition, ZoneFigure current) {
		List<org.gaoxin.audit.AuditEntry> history = this.audit.forRecord("zone_figure", edit.key());
		String by = history.isEmpty() ? "" : history.get(history.size() - 1).actor();
		Object theirs = (current != null) ? shown(current.number(), current.flag()) : Message.of("common.missing");
		Object yours = shown(edit.number(), edit.flag());
		return new EditConflict(Message.of("figures.conflict", definition.name(), by, theirs, yours),
				(current != null) ? current.version() : 0);
	}

	private static Object shown(BigDecimal number, Boolean flag) {
		if (number != null) {
			return number;
		}
		return (flag != null) ? Message.of(flag ? "common.yes" : "common.no") : "";
	}

	private int currentVersion(String zoneCode, int year, String code) {
		return storedFigure(zoneCode, year, definition(code)).map(ZoneFigure::version).orElse(0);
	}

	private Optional<ZoneFigure> storedFigure(String zoneCode, int year, FigureDefinition definition) {
		return this.jdbc.sql("""
				SELECT * FROM zone_figure WHERE zone_code = :zone AND figure_year = :year AND figure_code = :code""")
			.param("zone", zoneCode)
			.param("year", year)
			.param("code", definition.code())
			.query((rs, row) -> {
				Object flag = rs.getObject("bool_value");
				return new ZoneFigure(zoneCode, year, definition, rs.getBigDecimal("num_value"),
						(flag != null) ? rs.getBoolean("bool_value") : null, rs.getString("source"),
						rs.getInt("version"));
			})
			.optional();
	}

	/** A figure's value to write: a number or a yes/no flag. */
	public record FigureValue(String zoneCode, int year, String code, BigDecimal number, Boolean flag) {

		String key() {
			return this.zoneCode + "/" + this.year + "/" + this.code;
		}

	}

	/**
	 * The stored figures of these zones and years, by "zone/year/code", in one query
	 * (zone-level: the caller checks the zones are in its scope).
	 */
	@Transactional(readOnly = true)
	public Map<String, ZoneFigure> stored(java.util.Collection<String> zones, java.util.Collection<Integer> years) {
		Map<String, ZoneFigure> found = new HashMap<>();
		if (zones.isEmpty() || years.isEmpty()) {
			return found;
		}
		Map<String, FigureDefinition> byCode = new HashMap<>();
		definitions().forEach((d) -> byCode.put(d.code(), d));
		this.jdbc.sql("SELECT * FROM zone_figure WHERE zone_code IN (:zones) AND figure_year IN (:years)")
			.param("zones", List.copyOf(new java.util.HashSet<>(zones)))
			.param("years", List.copyOf(new java.util.HashSet<>(years)))
			.query((rs, row) -> {
				FigureDefinition definition = byCode.get(rs.getString("figure_code"));
				Object flag = rs.getObject("bool_value");
				ZoneFigure figure = new ZoneFigure(rs.getString("zone_code"), rs.getInt("figure_year"), definition,
						rs.getBigDecimal("num_value"), (flag != null) ? rs.getBoolean("bool_value") : null,
						rs.getString("source"), rs.getInt("version"));
				return found.put(figure.zoneCode() + "/" + figure.year() + "/" + definition.code(), figure);
			})
			.list();
		return found;
	}

	/**
	 * Writes many figures in a few batched statements, every changed value audited old →
	 * new; the caller must be allowed to edit each figure's zone.
	 */
	@Transactional
	public void writeAll(List<FigureValue> values, String source, DataScope scope) {
		values.stream().map(FigureValue::zoneCode).distinct().forEach((zone) -> requireEditor(zone, scope));
		Map<String, FigureDefinition> byCode = new HashMap<>();
		definitions().forEach((d) -> byCode.put(d.code(), d));
		for (FigureValue value : values) {
			FigureDefinition definition = byCode.get(value.code());
			if (definition == null) {
				throw new NotFoundException("No zone figure named '" + value.code() + "'");
			}
			if ((definition.valueType() == ValueType.BOOLEAN) != (value.flag() != null)) {
				throw new IllegalArgumentException("Figure '" + value.code() + "' takes a "
						+ definition.valueType().name().toLowerCase(java.util.Locale.ROOT) + " value");
			}
			this.years.check("year", value.year());
			if (value.number() != null) {
				definition.check(value.code(), value.number());
			}
		}
		Map<String, ZoneFigure> before = stored(values.stream().map(FigureValue::zoneCode).toList(),
				values.stream().map(FigureValue::year).toList());
		List<Map<String, Object>> updates = new java.util.ArrayList<>();
		List<Map<String, Object>> inserts = new java.util.ArrayList<>();
		List<org.gaoxin.audit.AuditLog.Change> changed = new java.util.ArrayList<>();
		Map<String, Map<String, Object>> created = new LinkedHashMap<>();
		for (FigureValue value : values) {
			Map<String, Object> params = params(value.zoneCode(), value.year(), value.code(), value.number(),
					value.flag(), source);
			ZoneFigure old = before.get(value.key());
			if (old != null) {
				updates.add(params);
				changed.add(new org.gaoxin.audit.AuditLog.Change(value.key(), values(old.number(), old.flag()),
						values(value.number(), value.flag())));
			}
			else {
				inserts.add(params);
				created.put(value.key(), values(value.number(), value.flag()));
			}
		}
		this.named.batchUpdate("""
				UPDATE zone_figure SET num_value = :number, bool_value = :flag, source = :source, version = version + 1
				WHERE zone_code = :zone AND figure_year = :year AND figure_code = :code""",
				updates.stream().map(MapSqlParameterSource::new).toArray(MapSqlParameterSource[]::new));
		this.named.batchUpdate("""
				INSERT INTO zone_figure (zone_code, figure_year, figure_code, num_value, bool_value, source)
				VALUES (:zone, :year, :code, :number, :flag, :source)""",
				inserts.stream().map(MapSqlParameterSource::new).toArray(MapSqlParameterSource[]::new));
		this.versions.changed(values.stream().map(FigureValue::zoneCode).toList());
		this.audit.updatedAll("zone_figure", changed);
		this.audit.createdAll("zone_figure", created);
	}

	/** Loads figures on the system's behalf (demo seed): no user scope applies. */
	@Transactional
	public void load(List<ZoneFigure> figures) {
		for (ZoneFigure figure : figures) {
			write(figure.zoneCode(), figure.year(), figure.definition(), figure.number(), figure.flag(),
					figure.source());
		}
	}

	private void write(String zoneCode, int year, FigureDefinition definition, BigDecimal number, Boolean flag,
			String source) {
		String key = zoneCode + "/" + year + "/" + definition.code();
		Optional<ZoneFigure> before = find(zoneCode, year, definition.code());
		this.versions.changed(zoneCode);
		if (before.isPresent()) {
			this.jdbc
				.sql("""
						UPDATE zone_figure SET num_value = :number, bool_value = :flag, source = :source, version = version + 1
						WHERE zone_code = :zone AND figure_year = :year AND figure_code = :code""")
				.params(params(zoneCode, year, definition.code(), number, flag, source))
				.update();
			this.audit.updated("zone_figure", key, values(before.get().number(), before.get().flag()),
					values(number, flag));
		}
		else {
			this.jdbc.sql("""
					INSERT INTO zone_figure (zone_code, figure_year, figure_code, num_value, bool_value, source)
					VALUES (:zone, :year, :code, :number, :flag, :source)""")
				.params(params(zoneCode, year, definition.code(), number, flag, source))
				.update();
			this.audit.created("zone_figure", key, values(number, flag));
		}
	}

	private static void requireEditor(String zoneCode, DataScope scope) {
		if (!scope.canEditFigures(zoneCode)) {
			throw new AccessDeniedException("Not allowed to change figures of zone " + zoneCode);
		}
	}

	private static Map<String, Object> params(String zone, int year, String code, BigDecimal number, Boolean flag,
			String source) {
		Map<String, Object> params = new HashMap<>();
		params.put("zone", zone);
		params.put("year", year);
		params.put("code", code);
		params.put("number", number);
		params.put("flag", flag);
		params.put("source", source);
		return params;
	}

	private static Map<String, Object> values(BigDecimal number, Boolean flag) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("value", (number != null) ? number : flag);
		return values;
	}

}
