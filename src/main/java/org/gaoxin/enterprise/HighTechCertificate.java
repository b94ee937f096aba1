package org.gaoxin.enterprise;

/**
 * A high-tech enterprise certificate (高新技术企业证书): valid for the issue year and the two
 * after it.
 */
public record HighTechCertificate(long enterpriseId, String certificateNo, int issueYear) {

	public static final int VALID_YEARS = 3;

	public int lastValidYear() {
		return this.issueYear + VALID_YEARS - 1;
	}

	public boolean coversYear(int year) {
		return this.issueYear >= firstIssueYearCovering(year) && this.issueYear <= year;
	}

	/** The earliest issue year of a certificate that still covers {@code year}. */
	public static int firstIssueYearCovering(int year) {
		return year - VALID_YEARS + 1;
	}

}
