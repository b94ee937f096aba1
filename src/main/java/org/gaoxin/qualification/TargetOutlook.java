package org.gaoxin.qualification;

/**
 * Next year's high-tech enterprise count as the pool projects it, against a target.
 *
 * @param secure certificates already valid next year
 * @param ifReadyQualify secure + renewals and candidates with no failing condition
 * @param ifGapsClose the above + those one condition short
 * @param stillNeeded what the target asks beyond {@code ifReadyQualify} (0 when reached)
 */
public record TargetOutlook(int targetYear, int target, int secure, int ifReadyQualify, int ifGapsClose,
		int stillNeeded) {

	/** The counts measured against a target of {@code target} enterprises. */
	public static TargetOutlook of(int targetYear, int target, PoolCounts counts) {
		int ifReady = counts.secure() + counts.ready();
		return new TargetOutlook(targetYear, target, counts.secure(), ifReady, ifReady + counts.near(),
				Math.max(0, target - ifReady));
	}

}
