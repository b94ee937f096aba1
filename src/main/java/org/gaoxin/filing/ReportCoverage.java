package org.gaoxin.filing;

/**
 * How fully a zone's enterprises have reported a year: the approved reports of the year,
 * and how many of the enterprises with an approved report for the zone's previous year
 * with approved reports also have one for this year.
 *
 * @param previousYear the latest earlier year with approved reports in the zone, or null
 * when this is the zone's first
 * @param previousApproved the approved reports of {@code previousYear} (0 without one)
 * @param continued the enterprises with an approved report for both years
 */
public record ReportCoverage(int year, int approved, Integer previousYear, int previousApproved, int continued) {

}
