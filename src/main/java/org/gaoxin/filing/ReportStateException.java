package org.gaoxin.filing;

/** The report's status does not allow what was asked (approving a draft, say). */
public class ReportStateException extends IllegalStateException {

	@java.io.Serial
	private static final long serialVersionUID = 1L;

	private final long enterpriseId;

	private final int year;

	private final ReportStatus status;

	public ReportStateException(long enterpriseId, int year, ReportStatus status, String attempted) {
		super("The " + year + " report of enterprise " + enterpriseId + " is " + status + ": cannot " + attempted);
		this.enterpriseId = enterpriseId;
		this.year = year;
		this.status = status;
	}

	public long enterpriseId() {
		return this.enterpriseId;
	}

	public int year() {
		return this.year;
	}

	public ReportStatus status() {
		return this.status;
	}

}
