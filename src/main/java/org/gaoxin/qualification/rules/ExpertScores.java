package org.gaoxin.qualification.rules;

/**
 * The parts of the innovation capacity score that experts judge; null where not (yet)
 * scored, which leaves the part's whole published range open.
 */
public record ExpertScores(Integer technicalAdvancement, Integer coreSupport, Integer standardBonus,
		Integer managementSystems, Integer rdBodyAndCooperation, Integer conversionRewards, Integer talentSystems) {

	public static final ExpertScores NONE = new ExpertScores(null, null, null, null, null, null, null);

	public ExpertScores {
		within("technical advancement", technicalAdvancement, 8);
		within("core support", coreSupport, 8);
		within("standard bonus", standardBonus, 2);
		within("management and accounting systems", managementSystems, 6);
		within("R&D body and cooperation", rdBodyAndCooperation, 6);
		within("conversion and reward systems", conversionRewards, 4);
		within("talent systems", talentSystems, 4);
	}

	private static void within(String part, Integer score, int max) {
		if (score != null && (score < 0 || score > max)) {
			throw new IllegalArgumentException(part + " is scored 0–" + max + ", got " + score);
		}
	}

}
