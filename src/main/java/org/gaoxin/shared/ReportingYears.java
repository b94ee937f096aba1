package org.gaoxin.shared;

import java.util.List;

/**
 * The data years of a zone, for every module's pages and APIs: which year to show when
 * the user has not chosen one, and which years to offer. Defined here so that every
 * module shares one rule; implemented where the zone figures and the reports are both
 * known (evaluation).
 */
public interface ReportingYears {

	/**
	 * The latest year for which the zone's data is complete enough to evaluate (the rule
	 * is 默认年份 in docs/GLOSSARY.md); last year when the zone has no data.
	 */
	int defaultYear(String zoneCode);

	/**
	 * The years for which the zone has zone figures or filed (not draft) reports,
	 * earliest first.
	 */
	List<Integer> years(String zoneCode);

}
