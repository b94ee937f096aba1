package org.gaoxin.target;

import java.util.List;
import java.util.Map;

import org.gaoxin.audit.AuditLog;
import org.gaoxin.shared.Unit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Multi-year targets of a zone. Zone-level data: callers check the zone is in the user's
 * scope.
 */
@Service
public class Targets {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	Targets(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional
	public void set(Target target) {
		this.jdbc
			.sql("""
					INSERT INTO zone_target (zone_code, target_key, target_year, target_value, unit, name_zh, name_en, source)
					VALUES (:zone, :key, :year, :value, :unit, :zh, :en, :source)""")
			.param("zone", target.zoneCode())
			.param("key", target.key())
			.param("year", target.year())
			.param("value", target.value())
			.param("unit", target.unit().name())
			.param("zh", target.nameZh())
			.param("en", target.nameEn())
			.param("source", target.source())
			.update();
		this.audit.created("zone_target", target.zoneCode() + "/" + target.key() + "/" + target.year(),
				Map.of("value", target.value(), "unit", target.unit()));
	}

	/** The zone's targets for what the key measures, earliest year first. */
	@Transactional(readOnly = true)
	public List<Target> of(String zoneCode, String key) {
		return this.jdbc
			.sql("SELECT * FROM zone_target WHERE zone_code = :zone AND target_key = :key ORDER BY target_year")
			.param("zone", zoneCode)
			.param("key", key)
			.query((rs, row) -> new Target(rs.getString("zone_code"), rs.getString("target_key"),
					rs.getInt("target_year"), rs.getBigDecimal("target_value"), Unit.valueOf(rs.getString("unit")),
					rs.getString("name_zh"), rs.getString("name_en"), rs.getString("source")))
			.list();
	}

}
