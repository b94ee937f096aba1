package org.gaoxin.policy;

/** The level of the programme that recognised a talent. */
public enum TalentLevel {

	NATIONAL, PROVINCIAL, MUNICIPAL, DISTRICT;

	/** The fact a policy reads for the level ({@code talent_national}…). */
	public String fact() {
		return "talent_" + name().toLowerCase(java.util.Locale.ROOT);
	}

}
