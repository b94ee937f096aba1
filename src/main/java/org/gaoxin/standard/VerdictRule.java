package org.gaoxin.standard;

import java.math.BigDecimal;

/**
 * The verdict rule's numbers: every core indicator met → accredited; at least
 * {@code minCoreShareMet} of core indicators met and every unmet one within
 * {@code maxRelativeGap} of its threshold → pilot (以认促建) with {@code pilotDeadlineYears};
 * otherwise not qualified.
 */
public record VerdictRule(BigDecimal minCoreShareMet, BigDecimal maxRelativeGap, int pilotDeadlineYears) {

	public VerdictRule {
		if (minCoreShareMet.signum() < 0 || minCoreShareMet.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("core share met must be between 0 and 1");
		}
		if (maxRelativeGap.signum() < 0 || maxRelativeGap.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("largest relative gap must be between 0 and 1");
		}
		if (pilotDeadlineYears < 0 || pilotDeadlineYears > 20) {
			throw new IllegalArgumentException("pilot deadline must be 0 to 20 years");
		}
	}

}
