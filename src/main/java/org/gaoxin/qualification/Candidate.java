package org.gaoxin.qualification;

import java.util.List;

import org.gaoxin.qualification.rules.HighTechShortfall;
import org.gaoxin.shared.Message;

/**
 * An enterprise of the cultivation pool (培育库) with what it still lacks, in its own terms
 * (yuan, people, IP items, percentage points).
 *
 * @param scoreMin lowest innovation capacity score the figures allow (null if incomplete)
 * @param scoreMax highest, with every expert-judged part at its top
 * @param techSme qualifies as a technology-based SME, or will once it declares what the
 * platform does not record
 * @param shortfall the gaps as quantities (null if incomplete)
 */
public record Candidate(long enterpriseId, String creditCode, String name, String chainCode, Readiness readiness,
		int failedConditions, Integer scoreMin, Integer scoreMax, boolean techSme, List<Message> gaps,
		HighTechShortfall shortfall) {
}
