package org.gaoxin.enterprise;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.gaoxin.account.DataScope;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.enterprise.internal.CertificateSql;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** High-tech enterprise certificates and technology-based SME registrations. */
@Service
public class Certificates {

	/** Shared with the bulk interface, so that one statement records each. */
	public static final String INSERT_CERTIFICATE = """
			INSERT INTO hte_certificate (enterprise_id, certificate_no, issue_year)
			VALUES (:enterprise, :number, :year)""";

	public static final String INSERT_REGISTRATION = """
			INSERT INTO tech_sme_registration (enterprise_id, registration_year, registration_no)
			VALUES (:enterprise, :year, :number)""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	private final Enterprises enterprises;

	private final AuditLog audit;

	private final EnterpriseDataVersions versions;

	Certificates(JdbcClient jdbc, NamedParameterJdbcTemplate named, Enterprises enterprises, AuditLog audit,
			EnterpriseDataVersions versions) {
		this.jdbc = jdbc;
		this.named = named;
		this.enterprises = enterprises;
		this.audit = audit;
		this.versions = versions;
	}

	@Transactional
	public void issue(HighTechCertificate certificate) {
		this.named.update(INSERT_CERTIFICATE, params(certificate));
		this.versions.changed(certificate.enterpriseId());
		this.audit.created("hte_certificate", certificate.certificateNo(),
				Map.of("enterprise", certificate.enterpriseId(), "issueYear", certificate.issueYear()));
	}

	@Transactional
	public void register(TechSmeRegistration registration) {
		this.named.update(INSERT_REGISTRATION, params(registration));
		this.versions.changed(registration.enterpriseId());
		this.audit.created("tech_sme_registration", registration.registrationNo(),
				Map.of("enterprise", registration.enterpriseId(), "year", registration.year()));
	}

	@Transactional(readOnly = true)
	public List<HighTechCertificate> certificatesOf(long enterpriseId, DataScope scope) {
		if (this.enterprises.find(enterpriseId, scope).isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT enterprise_id, certificate_no, issue_year FROM hte_certificate
				WHERE enterprise_id = :id ORDER BY issue_year""")
			.param("id", enterpriseId)
			.query(HighTechCertificate.class)
			.list();
	}

	/** Every certificate of the zone's enterprises, by enterprise id (zone-level). */
	@Transactional(readOnly = true)
	public Map<Long, List<HighTechCertificate>> certificatesInZone(String zoneCode) {
		Map<Long, List<HighTechCertificate>> byEnterprise = new java.util.HashMap<>();
		this.jdbc.sql("""
				SELECT c.enterprise_id, c.certificate_no, c.issue_year FROM hte_certificate c
				JOIN enterprise e ON e.id = c.enterprise_id WHERE e.zone_code = :zone ORDER BY c.issue_year""")
			.param("zone", zoneCode)
			.query(HighTechCertificate.class)
			.list()
			.forEach((c) -> byEnterprise.computeIfAbsent(c.enterpriseId(), (id) -> new java.util.ArrayList<>()).add(c));
		return byEnterprise;
	}

	/** The zone's enterprises holding a certificate valid in the year (zone-level). */
	@Transactional(readOnly = true)
	public Set<Long> highTechIn(String zoneCode, int year) {
		Map<String, Object> params = new HashMap<>();
		return idsInZone(CertificateSql.highTechIn("e.id", year, params), zoneCode, params);
	}

	/** The zone's enterprises registered as tech-SMEs for the year (zone-level). */
	@Transactional(readOnly = true)
	public Set<Long> techSmeIn(String zoneCode, int year) {
		Map<String, Object> params = new HashMap<>();
		return idsInZone(CertificateSql.techSmeIn("e.id", year, params), zoneCode, params);
	}

	private Set<Long> idsInZone(String condition, String zoneCode, Map<String, Object> params) {
		params.put("zone", zoneCode);
		return new HashSet<>(this.jdbc.sql("SELECT e.id FROM enterprise e WHERE e.zone_code = :zone AND " + condition)
			.params(params)
			.query(Long.class)
			.list());
	}

	@Transactional(readOnly = true)
	public List<TechSmeRegistration> registrationsOf(long enterpriseId, DataScope scope) {
		if (this.enterprises.find(enterpriseId, scope).isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT enterprise_id, registration_year, registration_no FROM tech_sme_registration
				WHERE enterprise_id = :id ORDER BY registration_year""")
			.param("id", enterpriseId)
			.query((rs, row) -> new TechSmeRegistration(rs.getLong("enterprise_id"), rs.getInt("registration_year"),
					rs.getString("registration_no")))
			.list();
	}

	/**
	 * Enterprises of the zone whose latest certificate's last valid year is {@code year}:
	 * they must be re-accredited to count as high-tech enterprises after it. Narrowed by
	 * the caller's scope.
	 */
	@Transactional(readOnly = true)
	public List<ExpiringCertificate> expiring(String zoneCode, int year, DataScope scope) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("zone", zoneCode);
		params.put("issueYear", HighTechCertificate.firstIssueYearCovering(year));
		String where = EnterpriseScopeSql.conditions(scope, params);
		return this.jdbc.sql("""
				SELECT e.id, e.credit_code, e.name, c.certificate_no, c.issue_year FROM hte_certificate c
				JOIN enterprise e ON e.id = c.enterprise_id
				WHERE e.zone_code = :zone AND c.issue_year = :issueYear
				  AND NOT EXISTS (SELECT 1 FROM hte_certificate later WHERE later.enterprise_id = c.enterprise_id
				                  AND later.issue_year > c.issue_year)""" + where + " ORDER BY e.name")
			.params(params)
			.query((rs, row) -> new ExpiringCertificate(rs.getLong("id"), rs.getString("credit_code"),
					rs.getString("name"), rs.getString("certificate_no"), rs.getInt("issue_year"),
					rs.getInt("issue_year") + HighTechCertificate.VALID_YEARS - 1))
			.list();
	}

	private static MapSqlParameterSource params(HighTechCertificate certificate) {
		return new MapSqlParameterSource().addValue("enterprise", certificate.enterpriseId())
			.addValue("number", certificate.certificateNo())
			.addValue("year", certificate.issueYear());
	}

	private static MapSqlParameterSource params(TechSmeRegistration registration) {
		return new MapSqlParameterSource().addValue("enterprise", registration.enterpriseId())
			.addValue("year", registration.year())
			.addValue("number", registration.registrationNo());
	}

}
