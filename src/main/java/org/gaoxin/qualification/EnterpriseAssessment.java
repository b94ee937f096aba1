package org.gaoxin.qualification;

import java.util.List;

import org.gaoxin.qualification.rules.HighTechEvaluation;
import org.gaoxin.qualification.rules.Outcome;
import org.gaoxin.qualification.rules.TechSmeEvaluation;
import org.gaoxin.shared.Message;

/**
 * An enterprise judged for a year under both national rule sets. An evaluation is null
 * when its inputs are incomplete; the missing figures are then listed.
 *
 * @param certificateValidThrough the last year its high-tech certificates cover, or null
 */
public record EnterpriseAssessment(long enterpriseId, String creditCode, String name, String chainCode, int year,
		boolean highTechInYear, Integer certificateValidThrough, TechSmeEvaluation techSme,
		List<Message> techSmeMissing, HighTechEvaluation highTech, List<Message> highTechMissing) {

	public Outcome highTechOutcome() {
		return (this.highTech != null) ? this.highTech.outcome() : null;
	}

	/**
	 * How many of the eight high-tech conditions fail (more than eight when the data is
	 * incomplete).
	 */
	public int failedHighTechConditions() {
		return (this.highTech == null) ? 99
				: (int) this.highTech.conditions().stream().filter((c) -> c.failed()).count();
	}

}
