package org.gaoxin.target;

import java.math.BigDecimal;
import java.util.List;

/**
 * The candidates a support budget qualifies, as many as it can: exact, since every
 * candidate counts one, the cheapest k are the cheapest way to qualify k, so taking them
 * cheapest first until the next does not fit is optimal (and among the largest plans, the
 * cheapest).
 *
 * @param next the cheapest candidate left out, null when none is left
 * @param countAfter the high-tech count once the chosen qualify
 */
public record BudgetPlan(BigDecimal budget, UnitCosts costs, List<PlannedCandidate> chosen, PlanTotals totals,
		BigDecimal remaining, PlannedCandidate next, int countAfter) {

	public BudgetPlan {
		chosen = List.copyOf(chosen);
	}

}
