package org.gaoxin.qualification.rules;

import java.util.List;

import org.gaoxin.shared.Message;

/**
 * A scored item: the figure it was scored on, the points (a range where the band leaves
 * the figure to experts), its maximum, its parts where it has any, and how to reach the
 * next band.
 */
public record ScoreItem(Message name, Message value, Points points, int max, List<ScoreItem> parts,
		List<Message> gaps) {

	static final Message EXPERT_SCORE = Message.of("qualification.expert.scored");

	private static final Message AWAITING_EXPERTS = Message.of("qualification.expert.awaiting");

	public ScoreItem {
		parts = List.copyOf(parts);
		gaps = List.copyOf(gaps);
	}

	static ScoreItem leaf(Message name, Message value, Points points, int max, List<Message> gaps) {
		return new ScoreItem(name, value, points, max, List.of(), gaps);
	}

	/** A part experts judge: their score, or the whole range until they have scored. */
	static ScoreItem expert(ExpertScores.Part part, ExpertScores experts) {
		Integer entered = experts.score(part);
		return leaf(part.label(), (entered != null) ? EXPERT_SCORE : AWAITING_EXPERTS,
				Points.entered(entered, part.max()), part.max(), List.of());
	}

}
