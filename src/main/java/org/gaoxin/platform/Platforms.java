package org.gaoxin.platform;

import java.util.List;
import java.util.Map;

import org.gaoxin.audit.AuditLog;
import org.gaoxin.region.ZoneDataVersions;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of R&D institutions, S&T service institutions, incubators and maker
 * spaces.
 */
@Service
public class Platforms {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final NamedParameterJdbcTemplate named;

	private final ZoneDataVersions versions;

	Platforms(JdbcClient jdbc, AuditLog audit, NamedParameterJdbcTemplate named, ZoneDataVersions versions) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.named = named;
		this.versions = versions;
	}

	@Transactional
	public long register(NewPlatform platform) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO innovation_platform (zone_code, kind, name, level, established_year, closed_year)
				VALUES (:zone, :kind, :name, :level, :established, :closed)""")
			.param("zone", platform.zoneCode())
			.param("kind", platform.kind().name())
			.param("name", platform.name())
			.param("level", platform.level().name())
			.param("established", platform.establishedYear())
			.param("closed", platform.closedYear())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		this.versions.changed(platform.zoneCode());
		this.audit.created("platform", id, Map.of("zone", platform.zoneCode(), "kind", platform.kind(), "name",
				platform.name(), "level", platform.level(), "established", platform.establishedYear()));
		return id;
	}

	/** Registers many platforms in one batch; each is audited. */
	@Transactional
	public void registerAll(List<NewPlatform> platforms) {
		this.named.batchUpdate("""
				INSERT INTO innovation_platform (zone_code, kind, name, level, established_year, closed_year)
				VALUES (:zone, :kind, :name, :level, :established, :closed)""",
				platforms.stream().map(Platforms::params).toArray(MapSqlParameterSource[]::new));
		this.versions.changed(platforms.stream().map(NewPlatform::zoneCode).toList());
		Map<String, Map<String, Object>> created = new java.util.LinkedHashMap<>();
		platforms.forEach((p) -> created.put(p.zoneCode() + "/" + p.kind() + "/" + p.name(), describe(p)));
		this.audit.createdAll("platform", created);
	}

	/**
	 * Changes many platforms' levels and years in one batch; every changed field audited.
	 */
	@Transactional
	public void updateAll(Map<Platform, NewPlatform> changes) {
		this.named.batchUpdate("""
				UPDATE innovation_platform SET level = :level, established_year = :established, closed_year = :closed
				WHERE id = :id""",
				changes.entrySet()
					.stream()
					.map((e) -> params(e.getValue()).addValue("id", e.getKey().id()))
					.toArray(MapSqlParameterSource[]::new));
		this.versions.changed(changes.keySet().stream().map(Platform::zoneCode).toList());
		this.audit.updatedAll("platform",
				changes.entrySet()
					.stream()
					.map((e) -> new AuditLog.Change(e.getKey().id(),
							years(e.getKey().level(), e.getKey().establishedYear(), e.getKey().closedYear()),
							years(e.getValue().level(), e.getValue().establishedYear(), e.getValue().closedYear())))
					.toList());
	}

	private static Map<String, Object> years(PlatformLevel level, int established, Integer closed) {
		Map<String, Object> values = new java.util.LinkedHashMap<>();
		values.put("level", level);
		values.put("established", established);
		values.put("closed", closed);
		return values;
	}

	private static MapSqlParameterSource params(NewPlatform platform) {
		return new MapSqlParameterSource().addValue("zone", platform.zoneCode())
			.addValue("kind", platform.kind().name())
			.addValue("name", platform.name())
			.addValue("level", platform.level().name())
			.addValue("established", platform.establishedYear())
			.addValue("closed", platform.closedYear());
	}

	private static Map<String, Object> describe(NewPlatform platform) {
		Map<String, Object> values = new java.util.LinkedHashMap<>();
		values.put("zone", platform.zoneCode());
		values.put("kind", platform.kind());
		values.put("name", platform.name());
		values.put("level", platform.level());
		values.put("established", platform.establishedYear());
		return values;
	}

	/** Changes a platform's level or years; every changed field is audited old → new. */
	@Transactional
	public void update(long id, NewPlatform changed) {
		Platform before = inZone(changed.zoneCode()).stream().filter((p) -> p.id() == id).findFirst().orElseThrow();
		this.jdbc.sql("""
				UPDATE innovation_platform SET level = :level, established_year = :established, closed_year = :closed
				WHERE id = :id""")
			.param("level", changed.level().name())
			.param("established", changed.establishedYear())
			.param("closed", changed.closedYear())
			.param("id", id)
			.update();
		this.versions.changed(changed.zoneCode());
		Map<String, Object> old = new java.util.LinkedHashMap<>();
		old.put("level", before.level());
		old.put("established", before.establishedYear());
		old.put("closed", before.closedYear());
		Map<String, Object> now = new java.util.LinkedHashMap<>();
		now.put("level", changed.level());
		now.put("established", changed.establishedYear());
		now.put("closed", changed.closedYear());
		this.audit.updated("platform", id, old, now);
	}

	/**
	 * Every platform registered in the zone (zone-level data: callers check the zone is
	 * in scope).
	 */
	@Transactional(readOnly = true)
	public List<Platform> registered(String zoneCode) {
		return inZone(zoneCode);
	}

	private List<Platform> inZone(String zoneCode) {
		return this.jdbc.sql("SELECT * FROM innovation_platform WHERE zone_code = :zone ORDER BY kind, level, name")
			.param("zone", zoneCode)
			.query((rs, row) -> new Platform(rs.getLong("id"), rs.getString("zone_code"),
					PlatformKind.valueOf(rs.getString("kind")), rs.getString("name"),
					PlatformLevel.valueOf(rs.getString("level")), rs.getInt("established_year"),
					rs.getObject("closed_year", Integer.class)))
			.list();
	}

}
