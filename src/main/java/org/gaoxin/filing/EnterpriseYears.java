package org.gaoxin.filing;

import org.gaoxin.enterprise.Certificates;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.shared.ReportingYears;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gaoxin.filing.internal.ReportRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every enterprise of a zone with its year's qualifications and report, read in three
 * queries: the input of aggregate indicators. Zone-level data: callers check the zone is
 * in the user's scope.
 */
@Service
public class EnterpriseYears implements ReportingYears {

	private final JdbcClient jdbc;

	private final Enterprises enterprises;

	private final Certificates certificates;

	EnterpriseYears(JdbcClient jdbc, Enterprises enterprises, Certificates certificates) {
		this.jdbc = jdbc;
		this.enterprises = enterprises;
		this.certificates = certificates;
	}

	/**
	 * How many of each zone's enterprises the year's filed (not draft) reports classify
	 * above designated size (规上).
	 */
	@Transactional(readOnly = true)
	public long aboveDesignatedSize(String zoneCode, int year) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM enterprise_report p JOIN enterprise e ON e.id = p.enterprise_id
				WHERE e.zone_code = :zone AND p.report_year = :year AND p.above_designated_size AND p.status <> :draft
				  AND e.registration_date < :next""")
			.param("zone", zoneCode)
			.param("year", year)
			.param("draft", ReportStatus.DRAFT.name())
			.param("next", LocalDate.of(year + 1, 1, 1))
			.query(Long.class)
			.single();
	}

	/**
	 * Enterprises registered by the end of the year; reports only with one of the given
	 * statuses count.
	 */
	@Transactional(readOnly = true)
	public List<EnterpriseYear> inZone(String zoneCode, int year, Collection<ReportStatus> statuses) {
		Set<Long> highTech = this.certificates.highTechIn(zoneCode, year);
		Set<Long> techSme = this.certificates.techSmeIn(zoneCode, year);
		Map<Long, AnnualReport> reports = new HashMap<>();
		this.jdbc.sql("""
				SELECT p.* FROM enterprise_report p JOIN enterprise e ON e.id = p.enterprise_id
				WHERE e.zone_code = :zone AND p.report_year = :year AND p.status IN (:statuses)""")
			.param("zone", zoneCode)
			.param("year", year)
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.query((rs, row) -> reports.put(rs.getLong("enterprise_id"), ReportRows.report(rs, row)))
			.list();
		List<EnterpriseYear> result = new ArrayList<>();
		for (Enterprise e : this.enterprises.registeredBy(zoneCode, year)) {
			result.add(new EnterpriseYear(e.id(), e.creditCode(), e.name(), e.chainCode(), e.strategicEmerging(),
					highTech.contains(e.id()), techSme.contains(e.id()), reports.get(e.id())));
		}
		return result;
	}

	@Override
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
	@Override
	@Transactional(readOnly = true)
	public int defaultYear() {
		Integer latest = this.jdbc.sql("SELECT MAX(report_year) FROM enterprise_report WHERE status <> :draft")
			.param("draft", ReportStatus.DRAFT.name())
			.query(Integer.class)
			.single();
		return (latest != null) ? latest : java.time.Year.now().getValue() - 1;
	}

}
