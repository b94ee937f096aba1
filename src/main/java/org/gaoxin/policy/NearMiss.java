package org.gaoxin.policy;

import java.math.BigDecimal;

/**
 * A candidate that meets every condition of an article but one minimum, and reaches at
 * least half of it: the condition, the value, and what is still missing ("R&D expense
 * increase 380 万元 of the 500 万元 needed").
 */
public record NearMiss(Candidate candidate, String policyCode, String articleCode, Condition condition,
		BigDecimal value, BigDecimal missing) {

}
