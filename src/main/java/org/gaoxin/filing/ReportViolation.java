package org.gaoxin.filing;

/**
 * A rule an annual report breaks: the field it concerns (where a form shows it), a stable
 * rule key (for translated messages) and the rule as stated in English.
 */
public record ReportViolation(ReportField field, String rule, String statement) {

	public static final String NON_NEGATIVE = "nonNegative";

	/** A figure left blank: allowed in a draft, not in a submitted report. */
	public static final String REQUIRED = "required";

	public boolean nonNegativeRule() {
		return NON_NEGATIVE.equals(this.rule);
	}

}
