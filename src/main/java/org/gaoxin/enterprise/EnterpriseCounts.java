package org.gaoxin.enterprise;

import java.util.HashMap;
import java.util.Map;

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
	 * Counts for every zone in the year; a zone with no enterprises is absent. An
	 * enterprise's draft report does not yet make it above designated size.
	 */
	@Transactional(readOnly = true)
	public Map<String, ZoneEnterpriseCounts> byZone(int year) {
		Map<String, ZoneEnterpriseCounts> counts = new HashMap<>();
		this.jdbc
			.sql("""
					SELECT e.zone_code,
					  COUNT(*) AS enterprises,
					  SUM(CASE WHEN EXISTS (SELECT 1 FROM hte_certificate c WHERE c.enterprise_id = e.id
					                        AND c.issue_year BETWEEN :firstIssueYear AND :year) THEN 1 ELSE 0 END) AS high_tech,
					  SUM(CASE WHEN EXISTS (SELECT 1 FROM tech_sme_registration r WHERE r.enterprise_id = e.id
					                        AND r.registration_year = :year) THEN 1 ELSE 0 END) AS tech_sme,
					  SUM(CASE WHEN EXISTS (SELECT 1 FROM enterprise_report p WHERE p.enterprise_id = e.id
					                        AND p.report_year = :year AND p.above_designated_size
					                        AND p.status <> :draft) THEN 1 ELSE 0 END) AS above_size
					FROM enterprise e
					WHERE e.registration_date < :nextYearStart
					GROUP BY e.zone_code""")
			.param("year", year)
			.param("draft", ReportStatus.DRAFT.name())
			.param("firstIssueYear", year - HighTechCertificate.VALID_YEARS + 1)
			.param("nextYearStart", java.time.LocalDate.of(year + 1, 1, 1))
			.query((rs, row) -> counts.put(rs.getString("zone_code"),
					new ZoneEnterpriseCounts(rs.getString("zone_code"), year, rs.getLong("enterprises"),
							rs.getLong("high_tech"), rs.getLong("tech_sme"), rs.getLong("above_size"))))
			.list();
		return counts;
	}

	public ZoneEnterpriseCounts inZone(String zoneCode, int year) {
		return byZone(year).getOrDefault(zoneCode, ZoneEnterpriseCounts.none(zoneCode, year));
	}

}
