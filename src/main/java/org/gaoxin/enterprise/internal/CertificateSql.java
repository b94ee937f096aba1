package org.gaoxin.enterprise.internal;

import java.util.Map;

import org.gaoxin.enterprise.HighTechCertificate;

/**
 * The one SQL statement of "a certificate covers the year" (issued in the year or in the
 * {@link HighTechCertificate#VALID_YEARS} − 1 years before it) and of "registered as a
 * technology-based SME for the year", for every query that counts or filters by them.
 */
public final class CertificateSql {

	private CertificateSql() {
	}

	/**
	 * {@code EXISTS (…)}: the enterprise whose id is {@code idColumn} holds a certificate
	 * valid in {@code year}; binds {@code :year} and {@code :firstIssueYear}.
	 */
	public static String highTechIn(String idColumn, int year, Map<String, Object> params) {
		params.put("year", year);
		params.put("firstIssueYear", HighTechCertificate.firstIssueYearCovering(year));
		return "EXISTS (SELECT 1 FROM hte_certificate c WHERE c.enterprise_id = " + idColumn
				+ " AND c.issue_year BETWEEN :firstIssueYear AND :year)";
	}

	/**
	 * {@code EXISTS (…)}: registered as a tech-SME for {@code year}; binds {@code :year}.
	 */
	public static String techSmeIn(String idColumn, int year, Map<String, Object> params) {
		params.put("year", year);
		return "EXISTS (SELECT 1 FROM tech_sme_registration r WHERE r.enterprise_id = " + idColumn
				+ " AND r.registration_year = :year)";
	}

}
