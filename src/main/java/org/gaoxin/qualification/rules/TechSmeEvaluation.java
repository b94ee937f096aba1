package org.gaoxin.qualification.rules;

import java.util.ArrayList;
import java.util.List;

import org.gaoxin.shared.Message;

/**
 * A technology-based SME evaluation: qualified when every condition is met and either a
 * direct-qualification fact holds or the score is at least 60 with a non-zero S&T staff
 * score.
 */
public record TechSmeEvaluation(List<Condition> conditions, ScoreItem staff, TechSmeRdScore rd, ScoreItem results,
		DirectQualification direct) {

	public static final int PASS_SCORE = 60;

	public TechSmeEvaluation {
		conditions = List.copyOf(conditions);
	}

	public List<ScoreItem> scores() {
		return List.of(this.staff, this.rd.item(), this.results);
	}

	public int total() {
		return this.staff.points().min() + this.rd.points() + this.results.points().min();
	}

	public boolean conditionsMet() {
		return this.conditions.stream().allMatch(Condition::passed);
	}

	public boolean scoreMet() {
		return total() >= PASS_SCORE && this.staff.points().min() != 0;
	}

	public boolean qualified() {
		return outcome() == Outcome.PASS;
	}

	/**
	 * PASS when every condition holds and a direct fact or the score carries it; DEPENDS
	 * when nothing fails but a fact is still to be declared; FAIL otherwise.
	 */
	public Outcome outcome() {
		if (this.conditions.stream().anyMatch(Condition::failed) || !(this.direct.any() || scoreMet())) {
			return Outcome.FAIL;
		}
		return conditionsMet() ? Outcome.PASS : Outcome.DEPENDS;
	}

	/**
	 * What stands between the enterprise and registration: unmet conditions always; the
	 * score items only when neither a direct-qualification fact nor the score carries it.
	 */
	public List<Message> gaps() {
		List<Message> gaps = new ArrayList<>();
		this.conditions.forEach((condition) -> gaps.addAll(condition.gaps()));
		if (this.direct.any() || scoreMet()) {
			return gaps;
		}
		if (total() < PASS_SCORE) {
			gaps.add(Message.of("qualification.techSme.score.gap", total(), PASS_SCORE, PASS_SCORE - total()));
		}
		if (this.staff.points().min() == 0) {
			gaps.add(Message.of("qualification.techSme.score.zeroStaff"));
		}
		scores().forEach((item) -> gaps.addAll(item.gaps()));
		return gaps;
	}

}
