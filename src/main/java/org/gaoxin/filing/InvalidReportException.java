package org.gaoxin.filing;

import java.util.List;
import java.util.stream.Collectors;

/** A report breaks rules it must keep to be stored in the asked status. */
public class InvalidReportException extends RuntimeException {

	@java.io.Serial
	private static final long serialVersionUID = 1L;

	private final List<ReportViolation> violations;

	public InvalidReportException(List<ReportViolation> violations) {
		super("The report breaks these rules: "
				+ violations.stream().map(ReportViolation::statement).collect(Collectors.joining("; ")));
		this.violations = List.copyOf(violations);
	}

	public List<ReportViolation> violations() {
		return this.violations;
	}

}
