package org.gaoxin.qualification;

/** How close a candidate is to high-tech enterprise accreditation. */
public enum Readiness {

	/**
	 * No condition fails: can apply; experts' scores and the enterprise's declarations
	 * decide.
	 */
	READY("可申报", "Ready to apply"),
	/** Exactly one condition fails. */
	NEAR("差一项", "One condition short"),
	/** Two or more conditions fail. */
	FAR("差多项", "Several conditions short"),
	/** Its reports of the last three years are incomplete. */
	INCOMPLETE("数据不全", "Incomplete data");

	private final String nameZh;

	private final String nameEn;

	Readiness(String nameZh, String nameEn) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	public String nameZh() {
		return this.nameZh;
	}

	public String nameEn() {
		return this.nameEn;
	}

	static Readiness of(int failedConditions, boolean complete) {
		if (!complete) {
			return INCOMPLETE;
		}
		return (failedConditions == 0) ? READY : (failedConditions == 1) ? NEAR : FAR;
	}

}
