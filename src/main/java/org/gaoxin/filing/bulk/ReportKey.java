package org.gaoxin.filing.bulk;

/** An enterprise's report of a year. */
public record ReportKey(long enterpriseId, int year) {

	@Override
	public String toString() {
		return this.enterpriseId + "/" + this.year;
	}

}
