package org.gaoxin.qualification.rules;

import java.util.List;

/**
 * A scored item: the figure it was scored on, the points (a range where the band leaves
 * the figure to experts), its maximum, its parts where it has any, and how to reach the
 * next band.
 */
public record ScoreItem(Bilingual name, String value, Points points, int max, List<ScoreItem> parts,
		List<Bilingual> gaps) {

	public ScoreItem {
		parts = List.copyOf(parts);
		gaps = List.copyOf(gaps);
	}

	static ScoreItem leaf(Bilingual name, String value, Points points, int max, List<Bilingual> gaps) {
		return new ScoreItem(name, value, points, max, List.of(), gaps);
	}

	/** A part experts judge: their score, or the whole range until they have scored. */
	static ScoreItem expert(Bilingual name, Integer entered, int max) {
		return leaf(name, (entered != null) ? "专家评分 / expert score" : "待专家评分 / awaiting experts",
				Points.entered(entered, max), max, List.of());
	}

}
