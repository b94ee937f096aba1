package org.gaoxin.enterprise;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.gaoxin.enterprise.internal.CertificateSql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Zone-level counts of enterprises: these are aggregates, not any one enterprise's data;
 * callers check that the zone is in the user's scope.
 */
@Service
public class EnterpriseCounts {

	private final JdbcClient jdbc;

	EnterpriseCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts for every zone in the year, in one query; a zone with no enterprises is
	 * absent.
	 */
	@Transactional(readOnly = true)
	public Map<String, ZoneEnterpriseCounts> byZone(int year) {
		Map<String, Object> params = new HashMap<>();
		String highTech = CertificateSql.highTechIn("e.id", year, params);
		String techSme = CertificateSql.techSmeIn("e.id", year, params);
		params.put("nextYearStart", LocalDate.of(year + 1, 1, 1));
		Map<String, ZoneEnterpriseCounts> counts = new HashMap<>();
		this.jdbc
			.sql("SELECT e.zone_code, COUNT(*) AS enterprises, SUM(CASE WHEN " + highTech
					+ " THEN 1 ELSE 0 END) AS high_tech, SUM(CASE WHEN " + techSme + " THEN 1 ELSE 0 END) AS tech_sme"
					+ " FROM enterprise e WHERE e.registration_date < :nextYearStart GROUP BY e.zone_code")
			.params(params)
			.query((rs, row) -> counts.put(rs.getString("zone_code"),
					new ZoneEnterpriseCounts(rs.getString("zone_code"), year, rs.getLong("enterprises"),
							rs.getLong("high_tech"), rs.getLong("tech_sme"))))
			.list();
		return counts;
	}

	public ZoneEnterpriseCounts inZone(String zoneCode, int year) {
		return byZone(year).getOrDefault(zoneCode, ZoneEnterpriseCounts.none(zoneCode, year));
	}

}
