package org.gaoxin.enterprise;

/**
 * An enterprise whose latest high-tech certificate covers no year after
 * {@code lastValidYear}.
 */
public record ExpiringCertificate(long enterpriseId, String creditCode, String name, String certificateNo,
		int issueYear, int lastValidYear) {
}
