package org.gaoxin.enterprise.bulk;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.gaoxin.account.DataScope;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.enterprise.Certificates;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.EnterpriseDataVersions;
import org.gaoxin.enterprise.EnterpriseScopeSql;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.enterprise.HighTechCertificate;
import org.gaoxin.enterprise.NewEnterprise;
import org.gaoxin.enterprise.TechSmeRegistration;
import org.gaoxin.region.ZoneDataVersions;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry in batches: enterprises, high-tech certificates and tech-SME registrations
 * looked up by a batch of codes and written many at a time. Every write checks that the
 * caller may change the figures of each record's zone; every lookup of enterprises is
 * narrowed to the caller's scope.
 */
@Service
public class RegistryBulk {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	private final AuditLog audit;

	private final EnterpriseDataVersions versions;

	private final ZoneDataVersions zoneVersions;

	RegistryBulk(JdbcClient jdbc, NamedParameterJdbcTemplate named, AuditLog audit, EnterpriseDataVersions versions,
			ZoneDataVersions zoneVersions) {
		this.jdbc = jdbc;
		this.named = named;
		this.audit = audit;
		this.versions = versions;
		this.zoneVersions = zoneVersions;
	}

	/** The enterprises with these credit codes that the caller may see, by code. */
	@Transactional(readOnly = true)
	public Map<String, Enterprise> visible(Collection<String> creditCodes, DataScope scope) {
		Map<String, Enterprise> found = new HashMap<>();
		if (creditCodes.isEmpty()) {
			return found;
		}
		Map<String, Object> params = new HashMap<>();
		params.put("codes", List.copyOf(new HashSet<>(creditCodes)));
		String where = EnterpriseScopeSql.conditions(scope, params);
		this.jdbc.sql("SELECT e.* FROM enterprise e WHERE e.credit_code IN (:codes)" + where)
			.params(params)
			.query(Enterprises::row)
			.list()
			.forEach((enterprise) -> found.put(enterprise.creditCode(), enterprise));
		return found;
	}

	/**
	 * Which of these codes are registered at all, in any zone: a code that is taken
	 * cannot be registered again, whoever asks (nothing else about it is told).
	 */
	@Transactional(readOnly = true)
	public Set<String> registered(Collection<String> creditCodes) {
		if (creditCodes.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("SELECT credit_code FROM enterprise WHERE credit_code IN (:codes)")
			.param("codes", List.copyOf(new HashSet<>(creditCodes)))
			.query(String.class)
			.list());
	}

	/** Registers new enterprises in one batch; returns their ids by credit code. */
	@Transactional
	public Map<String, Long> registerAll(List<NewEnterprise> enterprises, String source, DataScope scope) {
		if (enterprises.isEmpty()) {
			return Map.of();
		}
		enterprises.forEach((enterprise) -> requireEditable(enterprise.zoneCode(), scope));
		this.named.batchUpdate(Enterprises.INSERT,
				enterprises.stream().map(Enterprises::params).toArray(MapSqlParameterSource[]::new));
		this.zoneVersions.changed(enterprises.stream().map(NewEnterprise::zoneCode).collect(Collectors.toSet()));
		List<String> codes = enterprises.stream().map((e) -> e.creditCode().value()).toList();
		Map<String, Long> ids = new HashMap<>();
		for (int from = 0; from < codes.size(); from += 1000) {
			this.jdbc.sql("SELECT id, credit_code FROM enterprise WHERE credit_code IN (:codes)")
				.param("codes", codes.subList(from, Math.min(from + 1000, codes.size())))
				.query((rs, row) -> ids.put(rs.getString("credit_code"), rs.getLong("id")))
				.list();
		}
		this.audit.importedRecords("enterprise", source, codes);
		return ids;
	}

	/**
	 * Changes registered enterprises; every changed field of each is audited old → new.
	 */
	@Transactional
	public void updateAll(List<Update> updates, DataScope scope) {
		for (Update update : updates) {
			requireEditable(update.before().zoneCode(), scope);
			requireEditable(update.after().zoneCode(), scope);
		}
		this.named.batchUpdate(Enterprises.UPDATE,
				updates.stream()
					.map((u) -> Enterprises.params(u.after()).addValue("id", u.before().id()))
					.toArray(MapSqlParameterSource[]::new));
		Set<String> zones = new HashSet<>();
		updates.forEach((u) -> {
			zones.add(u.before().zoneCode());
			zones.add(u.after().zoneCode());
		});
		this.zoneVersions.changed(zones);
		for (Update update : updates) {
			this.audit.updated("enterprise", update.before().creditCode(), Enterprises.describe(update.before()),
					Enterprises.describe(update.after()));
		}
	}

	/** A registered enterprise and what it becomes. */
	public record Update(Enterprise before, NewEnterprise after) {
	}

	/** Recorded certificates with these numbers, whoever holds them, by number. */
	@Transactional(readOnly = true)
	public Map<String, HighTechCertificate> certificates(Collection<String> numbers) {
		Map<String, HighTechCertificate> found = new HashMap<>();
		if (!numbers.isEmpty()) {
			this.jdbc.sql("""
					SELECT enterprise_id, certificate_no, issue_year FROM hte_certificate
					WHERE certificate_no IN (:numbers)""")
				.param("numbers", List.copyOf(new HashSet<>(numbers)))
				.query(HighTechCertificate.class)
				.list()
				.forEach((c) -> found.put(c.certificateNo(), c));
		}
		return found;
	}

	/** Recorded tech-SME registrations with these numbers, by number. */
	@Transactional(readOnly = true)
	public Map<String, TechSmeRegistration> registrations(Collection<String> numbers) {
		Map<String, TechSmeRegistration> found = new HashMap<>();
		if (!numbers.isEmpty()) {
			this.jdbc.sql("""
					SELECT enterprise_id, registration_year, registration_no FROM tech_sme_registration
					WHERE registration_no IN (:numbers)""")
				.param("numbers", List.copyOf(new HashSet<>(numbers)))
				.query((rs, row) -> new TechSmeRegistration(rs.getLong("enterprise_id"), rs.getInt("registration_year"),
						rs.getString("registration_no")))
				.list()
				.forEach((r) -> found.put(r.registrationNo(), r));
		}
		return found;
	}

	@Transactional
	public void issueAll(List<HighTechCertificate> certificates, String source, DataScope scope) {
		requireEditable(certificates.stream().map(HighTechCertificate::enterpriseId).toList(), scope);
		this.named.batchUpdate(Certificates.INSERT_CERTIFICATE,
				certificates.stream()
					.map((c) -> new MapSqlParameterSource().addValue("enterprise", c.enterpriseId())
						.addValue("number", c.certificateNo())
						.addValue("year", c.issueYear()))
					.toArray(MapSqlParameterSource[]::new));
		this.versions.changed(certificates.stream().map(HighTechCertificate::enterpriseId).toList());
		this.audit.importedRecords("hte_certificate", source,
				certificates.stream().map(HighTechCertificate::certificateNo).toList());
	}

	@Transactional
	public void registerSmes(List<TechSmeRegistration> registrations, String source, DataScope scope) {
		requireEditable(registrations.stream().map(TechSmeRegistration::enterpriseId).toList(), scope);
		this.named.batchUpdate(Certificates.INSERT_REGISTRATION,
				registrations.stream()
					.map((r) -> new MapSqlParameterSource().addValue("enterprise", r.enterpriseId())
						.addValue("year", r.year())
						.addValue("number", r.registrationNo()))
					.toArray(MapSqlParameterSource[]::new));
		this.versions.changed(registrations.stream().map(TechSmeRegistration::enterpriseId).toList());
		this.audit.importedRecords("tech_sme_registration", source,
				registrations.stream().map(TechSmeRegistration::registrationNo).toList());
	}

	private void requireEditable(Collection<Long> enterpriseIds, DataScope scope) {
		List<Long> ids = List.copyOf(new HashSet<>(enterpriseIds));
		for (int from = 0; from < ids.size(); from += 1000) {
			this.jdbc.sql("SELECT DISTINCT zone_code FROM enterprise WHERE id IN (:ids)")
				.param("ids", ids.subList(from, Math.min(from + 1000, ids.size())))
				.query(String.class)
				.list()
				.forEach((zone) -> requireEditable(zone, scope));
		}
	}

	private static void requireEditable(String zone, DataScope scope) {
		if (!scope.canEditFigures(zone)) {
			throw new AccessDeniedException("Not allowed to change the registry of zone " + zone);
		}
	}

}
