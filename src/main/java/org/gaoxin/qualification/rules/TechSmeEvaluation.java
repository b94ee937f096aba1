package org.gaoxin.qualification.rules;

import java.util.ArrayList;
import java.util.List;

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
	public List<Bilingual> gaps() {
		List<Bilingual> gaps = new ArrayList<>();
		this.conditions.forEach((condition) -> gaps.addAll(condition.gaps()));
		if (this.direct.any() || scoreMet()) {
			return gaps;
		}
		if (total() < PASS_SCORE) {
			gaps.add(new Bilingual("评价得分" + total() + "分,需达" + PASS_SCORE + "分:还差" + (PASS_SCORE - total()) + "分",
					"score " + total() + " of " + PASS_SCORE + " required: " + (PASS_SCORE - total())
							+ " more points"));
		}
		if (this.staff.points().min() == 0) {
			gaps.add(new Bilingual("科技人员指标得0分,不能按评分入库", "an S&T staff score of 0 rules out qualifying by score"));
		}
		scores().forEach((item) -> gaps.addAll(item.gaps()));
		return gaps;
	}

}
