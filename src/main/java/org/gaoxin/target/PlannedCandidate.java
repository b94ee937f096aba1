package org.gaoxin.target;

import java.math.BigDecimal;
import java.util.List;

import org.gaoxin.qualification.Readiness;
import org.gaoxin.qualification.rules.HighTechShortfall;
import org.gaoxin.shared.Message;

/**
 * A pool candidate in a plan: what it lacks as quantities, what closing that costs at the
 * zone's unit costs, and its gaps in words.
 */
public record PlannedCandidate(long enterpriseId, String creditCode, String name, Readiness readiness,
		HighTechShortfall shortfall, BigDecimal cost, List<Message> gaps) {

	public PlannedCandidate {
		gaps = List.copyOf(gaps);
	}

}
