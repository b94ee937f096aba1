package org.gaoxin.qualification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.account.DataScope;
import org.gaoxin.audit.AuditEntry;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.EnterpriseScopeSql;
import org.gaoxin.enterprise.EnterpriseDataVersions;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.qualification.rules.DeclaredFacts;
import org.gaoxin.qualification.rules.IpAcquisition;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What enterprises declare for a year that their reports do not say. Only the
 * enterprise's own user declares (it is the enterprise's word); whoever may see the
 * enterprise may read it. Every change is audited field by field, old → new.
 */
@Service
public class Declarations {

	static final String ENTITY = "enterprise_declaration";

	/** The first year anything is declared for. */
	public static final int FIRST_YEAR = 2000;

	private final JdbcClient jdbc;

	private final Enterprises enterprises;

	private final AuditLog audit;

	private final Clock clock;

	private final EnterpriseDataVersions versions;

	Declarations(JdbcClient jdbc, Enterprises enterprises, AuditLog audit, Clock clock,
			EnterpriseDataVersions versions) {
		this.versions = versions;
		this.jdbc = jdbc;
		this.enterprises = enterprises;
		this.audit = audit;
		this.clock = clock;
	}

	public static boolean canDeclare(DataScope scope, long enterpriseId) {
		return scope.isEnterpriseUser() && scope.enterpriseId() != null && scope.enterpriseId() == enterpriseId;
	}

	@Transactional(readOnly = true)
	public Optional<Declaration> find(long enterpriseId, int year, DataScope scope) {
		return this.enterprises.find(enterpriseId, scope).flatMap((enterprise) -> stored(enterpriseId, year));
	}

	/** The years' declarations of the zone's enterprises in the caller's scope, by id. */
	@Transactional(readOnly = true)
	public Map<Long, Map<Integer, DeclaredFacts>> inZone(String zoneCode, int fromYear, int toYear, DataScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("zone", zoneCode);
		params.put("from", fromYear);
		params.put("to", toYear);
		String where = EnterpriseScopeSql.conditions(scope, params);
		Map<Long, Map<Integer, DeclaredFacts>> byEnterprise = new HashMap<>();
		this.jdbc
			.sql("SELECT d.* FROM enterprise_declaration d JOIN enterprise e ON e.id = d.enterprise_id"
					+ " WHERE e.zone_code = :zone AND d.declaration_year BETWEEN :from AND :to" + where)
			.params(params)
			.query(Declarations::row)
			.list()
			.forEach((d) -> byEnterprise.computeIfAbsent(d.enterpriseId(), (id) -> new HashMap<>())
				.put(d.year(), d.facts()));
		return byEnterprise;
	}

	/**
	 * Records the enterprise's declaration for the year, replacing what it declared
	 * before.
	 * @throws AccessDeniedException unless the caller is the enterprise's own user
	 * @throws MessageException for a year before {@link #FIRST_YEAR} or after this one
	 */
	@Transactional
	public Declaration declare(long enterpriseId, int year, DeclaredFacts facts, DataScope scope) {
		requireDeclarer(enterpriseId, scope);
		requireYear(year, this.clock);
		Declaration declared = new Declaration(enterpriseId, year, facts, this.audit.actor(), this.clock.instant());
		Optional<Declaration> before = stored(enterpriseId, year);
		String sql = before.isPresent() ? """
				UPDATE enterprise_declaration SET major_incident = :incident, prohibited_category = :prohibited,
				  abnormal_operation_list = :abnormal, serious_dishonesty_list = :dishonest,
				  research_misconduct = :misconduct, ip_acquisition = :acquisition, led_standard = :standard,
				  declared_by = :by, declared_at = :at
				WHERE enterprise_id = :id AND declaration_year = :year""" : """
				INSERT INTO enterprise_declaration (enterprise_id, declaration_year, major_incident,
				  prohibited_category, abnormal_operation_list, serious_dishonesty_list, research_misconduct,
				  ip_acquisition, led_standard, declared_by, declared_at)
				VALUES (:id, :year, :incident, :prohibited, :abnormal, :dishonest, :misconduct, :acquisition,
				  :standard, :by, :at)""";
		this.jdbc.sql(sql)
			.param("id", enterpriseId)
			.param("year", year)
			.param("incident", facts.majorIncident())
			.param("prohibited", facts.prohibitedCategory())
			.param("abnormal", facts.abnormalOperationList())
			.param("dishonest", facts.seriousDishonestyList())
			.param("misconduct", facts.researchMisconduct())
			.param("acquisition", (facts.ipAcquisition() != null) ? facts.ipAcquisition().name() : null)
			.param("standard", facts.ledStandard())
			.param("by", declared.declaredBy())
			.param("at", OffsetDateTime.ofInstant(declared.declaredAt(), ZoneOffset.UTC))
			.update();
		this.versions.changed(enterpriseId);
		if (before.isPresent()) {
			this.audit.updated(ENTITY, key(enterpriseId, year), values(before.get().facts()), values(facts));
		}
		else {
			this.audit.created(ENTITY, key(enterpriseId, year), values(facts));
		}
		return declared;
	}

	/**
	 * @throws NotFoundException if the enterprise is not the caller's to see
	 * @throws AccessDeniedException unless the caller is the enterprise's own user
	 */
	@Transactional(readOnly = true)
	public void requireDeclarer(long enterpriseId, DataScope scope) {
		Enterprise enterprise = this.enterprises.find(enterpriseId, scope)
			.orElseThrow(() -> new NotFoundException("No enterprise " + enterpriseId));
		if (!canDeclare(scope, enterprise.id())) {
			throw new AccessDeniedException("Only the enterprise's own user declares for enterprise " + enterpriseId);
		}
	}

	/**
	 * The change history of the enterprise's declaration for the year, for those who may
	 * read a record's history in its zone; empty for anyone else.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> history(long enterpriseId, int year, DataScope scope) {
		return this.enterprises.find(enterpriseId, scope)
			.filter((enterprise) -> scope.canReadHistory(enterprise.zoneCode()))
			.map((enterprise) -> this.audit.forRecord(ENTITY, key(enterpriseId, year)))
			.orElse(List.of());
	}

	static String key(long enterpriseId, int year) {
		return enterpriseId + "/" + year;
	}

	/** The fields as the audit log names them; the same names as the form's. */
	static Map<String, Object> values(DeclaredFacts facts) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("majorIncident", facts.majorIncident());
		values.put("prohibitedCategory", facts.prohibitedCategory());
		values.put("abnormalOperationList", facts.abnormalOperationList());
		values.put("seriousDishonestyList", facts.seriousDishonestyList());
		values.put("researchMisconduct", facts.researchMisconduct());
		values.put("ipAcquisition", facts.ipAcquisition());
		values.put("ledStandard", facts.ledStandard());
		return values;
	}

	/** Facts are declared and scored for past years and this one, never the future. */
	static void requireYear(int year, Clock clock) {
		int now = Year.now(clock).getValue();
		if (year < FIRST_YEAR || year > now) {
			throw new MessageException(Message.of("qualification.facts.yearOutOfRange", year, FIRST_YEAR, now));
		}
	}

	private Optional<Declaration> stored(long enterpriseId, int year) {
		return this.jdbc
			.sql("SELECT * FROM enterprise_declaration WHERE enterprise_id = :id AND declaration_year = :year")
			.param("id", enterpriseId)
			.param("year", year)
			.query(Declarations::row)
			.optional();
	}

	private static Declaration row(ResultSet rs, int row) throws SQLException {
		String acquisition = rs.getString("ip_acquisition");
		DeclaredFacts facts = new DeclaredFacts(flag(rs, "major_incident"), flag(rs, "prohibited_category"),
				flag(rs, "abnormal_operation_list"), flag(rs, "serious_dishonesty_list"),
				flag(rs, "research_misconduct"), (acquisition != null) ? IpAcquisition.valueOf(acquisition) : null,
				flag(rs, "led_standard"));
		return new Declaration(rs.getLong("enterprise_id"), rs.getInt("declaration_year"), facts,
				rs.getString("declared_by"), instant(rs, "declared_at"));
	}

	private static Boolean flag(ResultSet rs, String column) throws SQLException {
		boolean value = rs.getBoolean(column);
		return rs.wasNull() ? null : value;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
