package org.gaoxin.evaluation;

public enum VerdictOutcome {

	/** 认定: every core indicator met. */
	ACCREDITED("认定", "Accredited"),
	/** 以认促建试点: small gaps, accredited as a pilot with a deadline to meet the rest. */
	PILOT("以认促建试点", "Pilot: accredit, then build (以认促建)"),
	/** 不符合条件 */
	NOT_QUALIFIED("不符合条件", "Not qualified"),
	/** Core data is missing: no verdict until it is supplied. */
	INCOMPLETE("数据不全,无法判定", "Incomplete data: no verdict");

	private final String nameZh;

	private final String nameEn;

	VerdictOutcome(String nameZh, String nameEn) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	public String nameZh() {
		return this.nameZh;
	}

	public String nameEn() {
		return this.nameEn;
	}

}
