package org.gaoxin.enterprise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gaoxin.enterprise.internal.EnterpriseRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every enterprise of a zone with its year's qualifications and report, read in three
 * queries: the input of aggregate indicators. Zone-level data: callers check the zone is
 * in the user's scope.
 */
@Service
public class EnterpriseYears {

	private final JdbcClient jdbc;

	EnterpriseYears(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Enterprises registered by the end of the year; reports only with one of the given
	 * statuses count.
	 */
	@Transactional(readOnly = true)
	public List<EnterpriseYear> inZone(String zoneCode, int year, Collection<ReportStatus> statuses) {
		Set<Long> highTech = ids("""
				SELECT DISTINCT c.enterprise_id FROM hte_certificate c JOIN enterprise e ON e.id = c.enterprise_id
				WHERE e.zone_code = :zone AND c.issue_year BETWEEN :firstIssueYear AND :year""", zoneCode, year);
		Set<Long> techSme = ids("""
				SELECT r.enterprise_id FROM tech_sme_registration r JOIN enterprise e ON e.id = r.enterprise_id
				WHERE e.zone_code = :zone AND r.registration_year = :year""", zoneCode, year);
		Map<Long, AnnualReport> reports = new HashMap<>();
		this.jdbc.sql("""
				SELECT p.* FROM enterprise_report p JOIN enterprise e ON e.id = p.enterprise_id
				WHERE e.zone_code = :zone AND p.report_year = :year AND p.status IN (:statuses)""")
			.param("zone", zoneCode)
			.param("year", year)
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.query((rs, row) -> reports.put(rs.getLong("enterprise_id"), EnterpriseRows.report(rs, row)))
			.list();
		List<EnterpriseYear> result = new ArrayList<>();
		this.jdbc.sql("""
				SELECT id, credit_code, name, chain_code, strategic_emerging FROM enterprise
				WHERE zone_code = :zone AND registration_date < :nextYear ORDER BY id""")
			.param("zone", zoneCode)
			.param("nextYear", LocalDate.of(year + 1, 1, 1))
			.query((rs, row) -> {
				long id = rs.getLong("id");
				return result.add(new EnterpriseYear(id, rs.getString("credit_code"), rs.getString("name"),
						rs.getString("chain_code"), rs.getBoolean("strategic_emerging"), highTech.contains(id),
						techSme.contains(id), reports.get(id)));
			})
			.list();
		return result;
	}

	/** The years for which the zone's enterprises filed reports. */
	@Transactional(readOnly = true)
	public List<Integer> reportYears(String zoneCode) {
		return this.jdbc.sql("""
				SELECT DISTINCT p.report_year FROM enterprise_report p JOIN enterprise e ON e.id = p.enterprise_id
				WHERE e.zone_code = :zone ORDER BY p.report_year""")
			.param("zone", zoneCode)
			.query(Integer.class)
			.list();
	}

	/**
	 * The latest year any enterprise filed a report for, or the year before the current
	 * one when none has. Drafts do not count: one enterprise starting next year's draft
	 * must not move every page to a year without data.
	 */
	@Transactional(readOnly = true)
	public int latestReportYear() {
		Integer latest = this.jdbc.sql("SELECT MAX(report_year) FROM enterprise_report WHERE status <> :draft")
			.param("draft", ReportStatus.DRAFT.name())
			.query(Integer.class)
			.single();
		return (latest != null) ? latest : java.time.Year.now().getValue() - 1;
	}

	private Set<Long> ids(String sql, String zoneCode, int year) {
		return new HashSet<>(this.jdbc.sql(sql)
			.param("zone", zoneCode)
			.param("year", year)
			.param("firstIssueYear", year - HighTechCertificate.VALID_YEARS + 1)
			.query(Long.class)
			.list());
	}

}
