package org.gaoxin.policy;

/**
 * A registered innovation and entrepreneurship talent (创新创业人才): the person, the level and
 * programme that recognised them in a year, their field, and the employer.
 */
public record Talent(long id, String zoneCode, String name, TalentLevel level, String field, long enterpriseId,
		String enterpriseName, String chainCode, String programme, int year) {

}
