package org.gaoxin.quality.internal;

import java.util.List;

import org.gaoxin.quality.Finding;
import org.gaoxin.quality.FindingKind;
import org.gaoxin.quality.Severity;

import org.springframework.stereotype.Component;

/** Enterprises that filed a report last year and none (or only a draft) this year. */
@Component
class MissingReportCheck implements QualityCheck {

	private final Findings findings;

	MissingReportCheck(Findings findings) {
		this.findings = findings;
	}

	@Override
	public List<Finding> check(ZoneYear zoneYear) {
		int year = zoneYear.year();
		return zoneYear.enterprises()
			.stream()
			.filter((e) -> zoneYear.lastYearReports().containsKey(e.id()) && !zoneYear.reports().containsKey(e.id()))
			.map((e) -> this.findings.of(FindingKind.MISSING_REPORT, Severity.WARNING, e, null, zoneYear.year(), null,
					null, null, "quality.finding.missing", year - 1, year))
			.toList();
	}

}
