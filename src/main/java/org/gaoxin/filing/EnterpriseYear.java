package org.gaoxin.filing;

/**
 * An enterprise of a zone as a year sees it: its qualifications that year and its report
 * (null if it filed none with an accepted status).
 */
public record EnterpriseYear(long id, String creditCode, String name, String chainCode, boolean strategicEmerging,
		boolean highTech, boolean techSme, AnnualReport report) {

	public boolean aboveDesignatedSize() {
		return this.report != null && this.report.aboveDesignatedSize();
	}

	public boolean onChain() {
		return this.chainCode != null;
	}

}
