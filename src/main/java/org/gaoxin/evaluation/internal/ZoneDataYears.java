package org.gaoxin.evaluation.internal;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.TreeSet;

import org.gaoxin.region.ZoneDataVersions;
import org.gaoxin.shared.ResultCache;
import org.gaoxin.filing.EnterpriseYears;
import org.gaoxin.shared.ReportingYears;
import org.gaoxin.statistics.ZoneFigures;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The zone's data years for every page: implemented here because a year is complete only
 * when both its zone figures (statistics) and its approved reports (filing) are there.
 */
@Service
class ZoneDataYears implements ReportingYears {

	private final EnterpriseYears filings;

	private final ZoneFigures figures;

	private final Clock clock;

	private final ResultCache results;

	private final ZoneDataVersions versions;

	ZoneDataYears(EnterpriseYears filings, ZoneFigures figures, Clock clock, ResultCache results,
			ZoneDataVersions versions) {
		this.results = results;
		this.versions = versions;
		this.filings = filings;
		this.figures = figures;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public int defaultYear(String zoneCode) {
		// every page asks; kept per data version (and this year, for a zone without data)
		return this.results.get("default-year",
				List.of(zoneCode, this.versions.current(zoneCode), Year.now(this.clock).getValue()), (year) -> 1,
				() -> computeDefaultYear(zoneCode));
	}

	private int computeDefaultYear(String zoneCode) {
		CompleteYears years = CompleteYears.of(this.filings.approvedCoverage(zoneCode),
				this.figures.countsByYear(zoneCode));
		return years.latest().or(years::latestWithData).orElseGet(() -> Year.now(this.clock).getValue() - 1);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Integer> years(String zoneCode) {
		return this.results.get("data-years", List.of(zoneCode, this.versions.current(zoneCode)), (years) -> 1,
				() -> computeYears(zoneCode));
	}

	private List<Integer> computeYears(String zoneCode) {
		TreeSet<Integer> years = new TreeSet<>(this.figures.years(zoneCode));
		years.addAll(this.filings.filedYears(zoneCode));
		return List.copyOf(years);
	}

}
