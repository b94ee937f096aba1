package org.gaoxin.region;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.account.DataScope;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Regions, their districts and the zones in them. */
@Service
public class Regions {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	Regions(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional
	public void create(Region region) {
		this.jdbc.sql("INSERT INTO region (code, name_zh, name_en) VALUES (:code, :zh, :en)")
			.param("code", region.code())
			.param("zh", region.nameZh())
			.param("en", region.nameEn())
			.update();
		this.audit.created("region", region.code(), Map.of("nameZh", region.nameZh(), "nameEn", region.nameEn()));
	}

	@Transactional
	public void create(District district) {
		this.jdbc.sql("""
				INSERT INTO district (code, region_code, division_code, name_zh, name_en)
				VALUES (:code, :region, :division, :zh, :en)""")
			.param("code", district.code())
			.param("region", district.regionCode())
			.param("division", district.divisionCode())
			.param("zh", district.nameZh())
			.param("en", district.nameEn())
			.update();
		this.audit.created("district", district.code(), Map.of("region", district.regionCode(), "division",
				district.divisionCode(), "nameZh", district.nameZh()));
	}

	@Transactional
	public void create(Zone zone) {
		this.jdbc.sql("""
				INSERT INTO zone (code, district_code, name_zh, name_en, level, approval_date, planned_area_km2)
				VALUES (:code, :district, :zh, :en, :level, :approved, :area)""")
			.param("code", zone.code())
			.param("district", zone.districtCode())
			.param("zh", zone.nameZh())
			.param("en", zone.nameEn())
			.param("level", zone.level().name())
			.param("approved", zone.approvalDate())
			.param("area", zone.plannedAreaKm2())
			.update();
		// its first data version (ZoneDataVersions)
		this.jdbc.sql("INSERT INTO zone_data_version (zone_code, version) VALUES (:code, 1)")
			.param("code", zone.code())
			.update();
		this.audit.created("zone", zone.code(),
				Map.of("district", zone.districtCode(), "nameZh", zone.nameZh(), "level", zone.level()));
	}

	@Transactional(readOnly = true)
	public List<Zone> zones() {
		return this.jdbc.sql("SELECT * FROM zone ORDER BY code").query(Regions::zone).list();
	}

	/** The codes of every zone, in one query. */
	@Transactional(readOnly = true)
	public java.util.Set<String> codes() {
		return new java.util.HashSet<>(this.jdbc.sql("SELECT code FROM zone").query(String.class).list());
	}

	/** The zones the user may read (none for an enterprise user). */
	@Transactional(readOnly = true)
	public List<Zone> readableBy(DataScope scope) {
		return zones().stream().filter((z) -> scope.canReadZone(z.code())).toList();
	}

	@Transactional(readOnly = true)
	public Optional<Zone> findZone(String code) {
		return this.jdbc.sql("SELECT * FROM zone WHERE code = :code")
			.param("code", code)
			.query(Regions::zone)
			.optional();
	}

	/**
	 * The zone; one that does not exist is not found, and the reader is told which code
	 * named no zone (zones are not secret).
	 */
	public Zone zone(String code) {
		String named = (code == null) ? "" : (code.length() > 40) ? code.substring(0, 40) + "…" : code;
		return findZone(code)
			.orElseThrow(() -> new NotFoundException("No zone " + code, Message.of("region.error.noSuchZone", named)));
	}

	/**
	 * The zone, if the caller may read its zone-level data: the one place that check is
	 * made. An unknown zone is not found ("no such zone"); a zone outside the scope is
	 * forbidden.
	 */
	@Transactional(readOnly = true)
	public Zone readable(String code, DataScope scope) {
		Zone zone = zone(code);
		if (!scope.canReadZone(code)) {
			throw new AccessDeniedException("Zone " + code + " is outside your scope");
		}
		return zone;
	}

	@Transactional(readOnly = true)
	public Optional<District> findDistrict(String code) {
		return this.jdbc
			.sql("SELECT code, region_code, division_code, name_zh, name_en FROM district WHERE code = :code")
			.param("code", code)
			.query(District.class)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<Region> findRegion(String code) {
		return this.jdbc.sql("SELECT code, name_zh, name_en FROM region WHERE code = :code")
			.param("code", code)
			.query(Region.class)
			.optional();
	}

	@Transactional(readOnly = true)
	public List<District> districtsOf(String regionCode) {
		return this.jdbc.sql("""
				SELECT code, region_code, division_code, name_zh, name_en FROM district
				WHERE region_code = :region ORDER BY division_code""")
			.param("region", regionCode)
			.query(District.class)
			.list();
	}

	/** The zones of every district in the region the given zone's district belongs to. */
	@Transactional(readOnly = true)
	public List<Zone> zonesInSameRegion(String zoneCode) {
		return this.jdbc.sql("""
				SELECT z.* FROM zone z
				JOIN district d ON d.code = z.district_code
				WHERE d.region_code = (SELECT d2.region_code FROM zone z2 JOIN district d2 ON d2.code = z2.district_code
				                       WHERE z2.code = :zone)
				ORDER BY d.division_code, z.code""").param("zone", zoneCode).query(Regions::zone).list();
	}

	private static Zone zone(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		java.sql.Date approved = rs.getDate("approval_date");
		return new Zone(rs.getString("code"), rs.getString("district_code"), rs.getString("name_zh"),
				rs.getString("name_en"), ZoneLevel.valueOf(rs.getString("level")),
				approved == null ? null : approved.toLocalDate(), rs.getBigDecimal("planned_area_km2"));
	}

}
