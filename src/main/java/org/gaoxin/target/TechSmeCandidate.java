package org.gaoxin.target;

import java.util.List;

import org.gaoxin.qualification.rules.Outcome;
import org.gaoxin.shared.Message;

/**
 * An enterprise not registered as a technology-based SME for the year, judged under the
 * published rules: PASS or DEPENDS can register, FAIL lacks what the gaps say.
 */
public record TechSmeCandidate(long enterpriseId, String creditCode, String name, Outcome outcome, int score,
		List<Message> gaps) {

	public TechSmeCandidate {
		gaps = List.copyOf(gaps);
	}

	public boolean canRegister() {
		return this.outcome != Outcome.FAIL;
	}

}
