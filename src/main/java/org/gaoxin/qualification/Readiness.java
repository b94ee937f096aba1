package org.gaoxin.qualification;

/**
 * How close a candidate is to high-tech enterprise accreditation. Labels:
 * {@code enum.Readiness.*} in the bundles.
 */
public enum Readiness {

	/**
	 * No condition fails: can apply; experts' scores and the enterprise's declarations
	 * decide.
	 */
	READY,
	/** Exactly one condition fails. */
	NEAR,
	/** Two or more conditions fail. */
	FAR,
	/** Its reports of the last three years are incomplete. */
	INCOMPLETE;

	static Readiness of(int failedConditions, boolean complete) {
		if (!complete) {
			return INCOMPLETE;
		}
		return (failedConditions == 0) ? READY : (failedConditions == 1) ? NEAR : FAR;
	}

}
