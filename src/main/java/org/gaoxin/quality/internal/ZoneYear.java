package org.gaoxin.quality.internal;

import java.util.List;
import java.util.Map;

import org.gaoxin.filing.AnnualReport;
import org.gaoxin.enterprise.Enterprise;

/**
 * What the checks look at: the zone's enterprises the caller may see, and their filed
 * (not draft) reports of the year and the year before.
 */
public record ZoneYear(String zoneCode, String districtName, int year, List<Enterprise> enterprises,
		Map<Long, AnnualReport> reports, Map<Long, AnnualReport> lastYearReports) {

}
