package org.gaoxin.evaluation;

/** The overall verdict; its names are bundle labels ({@code enum.VerdictOutcome.*}). */
public enum VerdictOutcome {

	/** 认定: every core indicator met. */
	ACCREDITED,
	/** 以认促建试点: small gaps, accredited as a pilot with a deadline to meet the rest. */
	PILOT,
	/** 不符合条件 */
	NOT_QUALIFIED,
	/** Core data is missing: no verdict until it is supplied. */
	INCOMPLETE

}
