package org.gaoxin.filing;

import java.util.List;
import java.util.Set;

import org.gaoxin.account.DataScope;

/**
 * What a later module has to say about the zone's reports, shown to reviewers beside each
 * pending report (the data-quality findings, say), so that the review page shows it
 * without this module depending on that one.
 */
public interface ReportRemarks {

	/** Remarks on the zone's reports of the given years that the scope may see. */
	List<ReportRemark> remarks(String zoneCode, Set<Integer> years, DataScope scope);

}
