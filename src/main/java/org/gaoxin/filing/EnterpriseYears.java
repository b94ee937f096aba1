package org.gaoxin.filing;

import org.gaoxin.enterprise.Certificates;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
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
public class EnterpriseYears {

	private final JdbcClient jdbc;

	private final Enterprises enterprises;

	private final Certificates certificates;

	private final org.gaoxin.shared.ResultCache results;

	private final org.gaoxin.region.ZoneDataVersions versions;

	/** The kind of result kept for the zone-year's count above designated size. */
	public static final String ABOVE_SIZE = "above-size-count";

	EnterpriseYears(JdbcClient jdbc, Enterprises enterprises, Certificates certificates,
			org.gaoxin.shared.ResultCache results, org.gaoxin.region.ZoneDataVersions versions) {
		this.results = results;
		this.versions = versions;
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
		return this.results.get(ABOVE_SIZE, List.of(zoneCode, this.versions.current(zoneCode), year), (count) -> 1,
				() -> countAboveDesignatedSize(zoneCode, year));
	}

	private long countAboveDesignatedSize(String zoneCode, int year) {
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

	/**
	 * The years for which the zone's enterprises have reports (drafts included), earliest
	 * first.
	 */
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
	 * The years for which the zone's enterprises have filed (not draft) reports, earliest
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<Integer> filedYears(String zoneCode) {
		return this.jdbc.sql("""
				SELECT DISTINCT p.report_year FROM enterprise_report p JOIN enterprise e ON e.id = p.enterprise_id
				WHERE e.zone_code = :zone AND p.status <> :draft ORDER BY p.report_year""")
			.param("zone", zoneCode)
			.param("draft", ReportStatus.DRAFT.name())
			.query(Integer.class)
			.list();
	}

	/**
	 * Every year with approved reports in the zone, earliest first, with how many of the
	 * previous such year's reporters reported again: what tells a complete year from one
	 * with a few early reports. Two aggregate queries, whatever the zone's size.
	 */
	@Transactional(readOnly = true)
	public List<ReportCoverage> approvedCoverage(String zoneCode) {
		Map<Integer, Integer> approved = new java.util.TreeMap<>();
		this.jdbc.sql("""
				SELECT p.report_year, COUNT(*) FROM enterprise_report p JOIN enterprise e ON e.id = p.enterprise_id
				WHERE e.zone_code = :zone AND p.status = :approved GROUP BY p.report_year""")
			.param("zone", zoneCode)
			.param("approved", ReportStatus.APPROVED.name())
			.query((rs, row) -> approved.put(rs.getInt(1), rs.getInt(2)))
			.list();
		Map<List<Integer>, Integer> both = new HashMap<>();
		this.jdbc.sql("""
				SELECT p.report_year, q.report_year, COUNT(*)
				FROM enterprise_report p JOIN enterprise e ON e.id = p.enterprise_id
				JOIN enterprise_report q ON q.enterprise_id = p.enterprise_id AND q.report_year < p.report_year
				WHERE e.zone_code = :zone AND p.status = :approved AND q.status = :approved
				GROUP BY p.report_year, q.report_year""")
			.param("zone", zoneCode)
			.param("approved", ReportStatus.APPROVED.name())
			.query((rs, row) -> both.put(List.of(rs.getInt(1), rs.getInt(2)), rs.getInt(3)))
			.list();
		List<ReportCoverage> coverage = new ArrayList<>();
		Integer previous = null;
		for (Map.Entry<Integer, Integer> year : approved.entrySet()) {
			int y = year.getKey();
			coverage
				.add(new ReportCoverage(y, year.getValue(), previous, (previous != null) ? approved.get(previous) : 0,
						(previous != null) ? both.getOrDefault(List.of(y, previous), 0) : 0));
			previous = y;
		}
		return coverage;
	}

}
