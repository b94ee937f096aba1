package org.gaoxin.filing;

/**
 * An approved report is locked: its figures and status change only through
 * {@link ReportWorkflow#reopen}.
 */
public class ReportLockedException extends ReportStateException {

	@java.io.Serial
	private static final long serialVersionUID = 1L;

	public ReportLockedException(long enterpriseId, int year, String attempted) {
		super(enterpriseId, year, ReportStatus.APPROVED, attempted + " (approved reports are locked; reopen first)");
	}

}
