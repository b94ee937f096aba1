package org.gaoxin.target;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a set of candidates lacks together: R&D expense and high-tech revenue in thousand
 * yuan, people, IP items, and the support it costs in yuan.
 */
public record PlanTotals(int enterprises, BigDecimal rdExpense, int stStaff, int ipItems, BigDecimal highTechRevenue,
		BigDecimal cost) {

	public static PlanTotals of(List<PlannedCandidate> candidates) {
		BigDecimal rd = BigDecimal.ZERO;
		BigDecimal revenue = BigDecimal.ZERO;
		BigDecimal cost = BigDecimal.ZERO;
		int staff = 0;
		int ip = 0;
		for (PlannedCandidate c : candidates) {
			rd = rd.add(c.shortfall().rdExpense());
			revenue = revenue.add(c.shortfall().highTechRevenue());
			staff += c.shortfall().stStaff();
			ip += c.shortfall().ipItems();
			cost = cost.add(c.cost());
		}
		return new PlanTotals(candidates.size(), rd, staff, ip, revenue, cost);
	}

}
