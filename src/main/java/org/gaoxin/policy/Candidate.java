package org.gaoxin.policy;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What an article is matched against: an enterprise, or a talent with its employer, and
 * the values of every input known for it in the year (facts as 1 or 0; an input without a
 * value — no report last year, say — is absent).
 *
 * @param key {@code E:<enterprise id>} or {@code T:<talent id>}: a payment is made once
 * per key, article and year
 */
public record Candidate(String key, Subject subject, long enterpriseId, String enterpriseName, String creditCode,
		String chainCode, Long talentId, String talentName, Map<String, BigDecimal> values) {

	public Candidate {
		values = Map.copyOf(values);
	}

	/** The name a list shows: the enterprise's, or the talent's with the employer's. */
	public String name() {
		return (this.talentName != null) ? this.talentName + "(" + this.enterpriseName + ")" : this.enterpriseName;
	}

}
