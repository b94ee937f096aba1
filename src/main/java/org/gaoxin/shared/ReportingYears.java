package org.gaoxin.shared;

/**
 * The data year a page shows when the user has not chosen one. Defined here so that every
 * module's pages share one rule; implemented by the module that knows which years have
 * data (filing).
 */
public interface ReportingYears {

	/**
	 * The latest year with filed (not draft) reports, or last year when there is none.
	 */
	int defaultYear();

	/** The years for which the zone's enterprises filed reports, earliest first. */
	java.util.List<Integer> reportYears(String zoneCode);

}
