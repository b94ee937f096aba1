package org.gaoxin.statistics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.account.DataScope;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.Unit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Zone annual figures: typed, unit-carrying values, each change audited old → new. */
@Service
public class ZoneFigures {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	ZoneFigures(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<FigureDefinition> definitions() {
		return this.jdbc.sql("SELECT * FROM figure_definition ORDER BY sort_order, code")
			.query((rs, row) -> new FigureDefinition(rs.getString("code"), rs.getString("name_zh"),
					rs.getString("name_en"), Unit.valueOf(rs.getString("unit")),
					ValueType.valueOf(rs.getString("value_type")), rs.getInt("sort_order")))
			.list();
	}

	public FigureDefinition definition(String code) {
		return definitions().stream()
			.filter((definition) -> definition.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No zone figure named '" + code + "'"));
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
								(flag != null) ? rs.getBoolean("bool_value") : null, rs.getString("source")));
			})
			.list();
		return definitions.stream()
			.map((definition) -> stored.getOrDefault(definition.code(),
					new ZoneFigure(zoneCode, year, definition, null, null, null)))
			.toList();
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
	 * Sets a numeric figure on behalf of a user, who must be allowed to edit the zone's
	 * figures.
	 */
	@Transactional
	public void set(String zoneCode, int year, String code, BigDecimal number, String source, DataScope scope) {
		requireEditor(zoneCode, scope);
		write(zoneCode, year, definitionOfType(code, ValueType.NUMBER), number, null, source);
	}

	@Transactional
	public void set(String zoneCode, int year, String code, boolean flag, String source, DataScope scope) {
		requireEditor(zoneCode, scope);
		write(zoneCode, year, definitionOfType(code, ValueType.BOOLEAN), null, flag, source);
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
		if (before.isPresent()) {
			this.jdbc.sql("""
					UPDATE zone_figure SET num_value = :number, bool_value = :flag, source = :source
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

	private FigureDefinition definitionOfType(String code, ValueType type) {
		FigureDefinition definition = definition(code);
		if (definition.valueType() != type) {
			throw new IllegalArgumentException(
					"Figure '" + code + "' takes a " + definition.valueType().name().toLowerCase() + " value");
		}
		return definition;
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
