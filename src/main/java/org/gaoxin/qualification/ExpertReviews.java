package org.gaoxin.qualification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditEntry;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.EnterpriseScopeSql;
import org.gaoxin.enterprise.EnterpriseDataVersions;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.qualification.rules.ExpertScoreOutOfRange;
import org.gaoxin.qualification.rules.ExpertScores;
import org.gaoxin.qualification.rules.IpAcquisition;
import org.gaoxin.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parts of the high-tech innovation score that experts judge (专家评审), entered by the
 * headquarters or a department of the enterprise's zone. Whoever may see the enterprise
 * may read them. Every change is audited field by field, old → new.
 */
@Service
public class ExpertReviews {

	static final String ENTITY = "expert_review";

	private static final String COLUMNS = "technical_advancement, core_support, standard_bonus, management_systems,"
			+ " rd_body_and_cooperation, conversion_rewards, talent_systems, ip_acquisition";

	private final JdbcClient jdbc;

	private final Enterprises enterprises;

	private final Declarations declarations;

	private final AuditLog audit;

	private final Clock clock;

	private final EnterpriseDataVersions versions;

	ExpertReviews(JdbcClient jdbc, Enterprises enterprises, Declarations declarations, AuditLog audit, Clock clock,
			EnterpriseDataVersions versions) {
		this.versions = versions;
		this.jdbc = jdbc;
		this.enterprises = enterprises;
		this.declarations = declarations;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The zone's own staff enter what the experts scored; the enterprise, chain leaders
	 * and viewers do not, nor does the administrator, who runs the platform rather than
	 * the zone.
	 */
	public static boolean canScore(DataScope scope, String zoneCode) {
		return (scope.role() == Role.HEADQUARTERS || scope.role() == Role.DEPARTMENT)
				&& (scope.allZones() || scope.zoneCode().equals(zoneCode));
	}

	@Transactional(readOnly = true)
	public Optional<ExpertReview> find(long enterpriseId, int year, DataScope scope) {
		return this.enterprises.find(enterpriseId, scope).flatMap((enterprise) -> stored(enterpriseId, year));
	}

	/** The year's scores of the zone's enterprises in the caller's scope, by id. */
	@Transactional(readOnly = true)
	public Map<Long, ExpertScores> inZone(String zoneCode, int year, DataScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("zone", zoneCode);
		params.put("year", year);
		String where = EnterpriseScopeSql.conditions(scope, params);
		Map<Long, ExpertScores> byEnterprise = new HashMap<>();
		this.jdbc
			.sql("SELECT r.* FROM expert_review r JOIN enterprise e ON e.id = r.enterprise_id"
					+ " WHERE e.zone_code = :zone AND r.review_year = :year" + where)
			.params(params)
			.query(ExpertReviews::row)
			.list()
			.forEach((review) -> byEnterprise.put(review.enterpriseId(), review.scores()));
		return byEnterprise;
	}

	/**
	 * Records the experts' scores of the enterprise for the year, replacing earlier ones.
	 * @throws AccessDeniedException unless the caller is headquarters or a department of
	 * the enterprise's zone
	 * @throws ExpertScoreOutOfRange if the 获得方式 points do not fit the way the enterprise
	 * declared it obtained its IP
	 */
	@Transactional
	public ExpertReview enter(long enterpriseId, int year, ExpertScores scores, DataScope scope) {
		requireScorer(enterpriseId, scope);
		Declarations.requireYear(year, this.clock);
		scores.requireFits(declaredWay(enterpriseId, year, scope));
		ExpertReview entered = new ExpertReview(enterpriseId, year, scores, this.audit.actor(), this.clock.instant());
		Optional<ExpertReview> before = stored(enterpriseId, year);
		String sql = before.isPresent() ? """
				UPDATE expert_review SET technical_advancement = :technicalAdvancement, core_support = :coreSupport,
				  standard_bonus = :standardBonus, management_systems = :managementSystems,
				  rd_body_and_cooperation = :rdBodyAndCooperation, conversion_rewards = :conversionRewards,
				  talent_systems = :talentSystems, ip_acquisition = :ipAcquisition, entered_by = :by, entered_at = :at
				WHERE enterprise_id = :id AND review_year = :year"""
				: "INSERT INTO expert_review (enterprise_id, review_year, " + COLUMNS
						+ ", entered_by, entered_at) VALUES (:id, :year, :technicalAdvancement, :coreSupport,"
						+ " :standardBonus, :managementSystems, :rdBodyAndCooperation, :conversionRewards,"
						+ " :talentSystems, :ipAcquisition, :by, :at)";
		this.jdbc.sql(sql)
			.params(values(scores))
			.param("id", enterpriseId)
			.param("year", year)
			.param("by", entered.enteredBy())
			.param("at", OffsetDateTime.ofInstant(entered.enteredAt(), ZoneOffset.UTC))
			.update();
		this.versions.changed(enterpriseId);
		String key = Declarations.key(enterpriseId, year);
		if (before.isPresent()) {
			this.audit.updated(ENTITY, key, values(before.get().scores()), values(scores));
		}
		else {
			this.audit.created(ENTITY, key, values(scores));
		}
		return entered;
	}

	/**
	 * @throws NotFoundException if the enterprise is not the caller's to see
	 * @throws AccessDeniedException unless the caller is headquarters or a department of
	 * the enterprise's zone
	 */
	@Transactional(readOnly = true)
	public void requireScorer(long enterpriseId, DataScope scope) {
		Enterprise enterprise = this.enterprises.find(enterpriseId, scope)
			.orElseThrow(() -> new NotFoundException("No enterprise " + enterpriseId));
		if (!canScore(scope, enterprise.zoneCode())) {
			throw new AccessDeniedException("Not allowed to enter expert scores in zone " + enterprise.zoneCode());
		}
	}

	/** The way the enterprise declared for the year, which bounds the 获得方式 points. */
	public IpAcquisition declaredWay(long enterpriseId, int year, DataScope scope) {
		return this.declarations.find(enterpriseId, year, scope).map((d) -> d.facts().ipAcquisition()).orElse(null);
	}

	/**
	 * The change history of the enterprise's scores for the year, for those who may read
	 * a record's history in its zone; empty for anyone else.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> history(long enterpriseId, int year, DataScope scope) {
		return this.enterprises.find(enterpriseId, scope)
			.filter((enterprise) -> scope.canReadHistory(enterprise.zoneCode()))
			.map((enterprise) -> this.audit.forRecord(ENTITY, Declarations.key(enterpriseId, year)))
			.orElse(List.of());
	}

	/** The scores by part, named as the audit log, the form and the JSON name them. */
	static Map<String, Object> values(ExpertScores scores) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (ExpertScores.Part part : ExpertScores.Part.values()) {
			values.put(part.field(), scores.score(part));
		}
		return values;
	}

	private Optional<ExpertReview> stored(long enterpriseId, int year) {
		return this.jdbc.sql("SELECT * FROM expert_review WHERE enterprise_id = :id AND review_year = :year")
			.param("id", enterpriseId)
			.param("year", year)
			.query(ExpertReviews::row)
			.optional();
	}

	private static ExpertReview row(ResultSet rs, int row) throws SQLException {
		ExpertScores scores = new ExpertScores(score(rs, "technical_advancement"), score(rs, "core_support"),
				score(rs, "standard_bonus"), score(rs, "management_systems"), score(rs, "rd_body_and_cooperation"),
				score(rs, "conversion_rewards"), score(rs, "talent_systems"), score(rs, "ip_acquisition"));
		return new ExpertReview(rs.getLong("enterprise_id"), rs.getInt("review_year"), scores,
				rs.getString("entered_by"), Declarations.instant(rs, "entered_at"));
	}

	private static Integer score(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

}
