package org.gaoxin.policy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gaoxin.account.DataScope;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.EnterpriseScopeSql;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.shared.InputRefused;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The talent register: entered by the zone's staff (who change its figures), read by
 * whoever reads the employer (an enterprise its own people, a chain leader its chain's),
 * audited; counts per enterprise and per chain.
 */
@Service
public class Talents {

	private static final String SELECT = """
			SELECT t.id, t.zone_code, t.person_name, t.level, t.field, t.enterprise_id, e.name AS enterprise_name,
			       e.chain_code, t.programme, t.talent_year
			FROM talent t JOIN enterprise e ON e.id = t.enterprise_id
			WHERE t.zone_code = :zone""";

	private final JdbcClient jdbc;

	private final Enterprises enterprises;

	private final AuditLog audit;

	private final Clock clock;

	Talents(JdbcClient jdbc, Enterprises enterprises, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.enterprises = enterprises;
		this.audit = audit;
		this.clock = clock;
	}

	/** What a register form sends; every field is checked here. */
	public record TalentDraft(String name, String level, String field, Long enterpriseId, String programme,
			Integer year) {

	}

	/** The zone's talent the caller may see (narrowed by employer), newest first. */
	@Transactional(readOnly = true)
	public List<Talent> list(String zoneCode, DataScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("zone", zoneCode);
		return this.jdbc
			.sql(SELECT + EnterpriseScopeSql.conditions(scope, params) + " ORDER BY t.talent_year DESC, t.id DESC")
			.params(params)
			.query(Talents::row)
			.list();
	}

	/** Registers a talent (zone staff who change figures), audited. */
	@Transactional
	public Talent register(String zoneCode, TalentDraft draft, DataScope scope) {
		if (!scope.canEditFigures(zoneCode)) {
			throw new AccessDeniedException("Only the zone's staff register talent");
		}
		String name = text(draft.name(), "name", 100);
		TalentLevel level = level(draft.level());
		String field = text(draft.field(), "field", 48);
		String programme = text(draft.programme(), "programme", 200);
		if (draft.year() == null) {
			throw new InputRefused("year", "required");
		}
		if (draft.year() < 2000 || draft.year() > 2100) {
			throw new InputRefused("year", "range", 2000, 2100);
		}
		if (draft.enterpriseId() == null) {
			throw new InputRefused("enterpriseId", "required");
		}
		Enterprise employer = this.enterprises.find(draft.enterpriseId(), scope)
			.filter((e) -> e.zoneCode().equals(zoneCode))
			.orElseThrow(() -> new InputRefused("enterpriseId", "invalid"));
		org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO talent (zone_code, person_name, level, field, enterprise_id, programme, talent_year,
				                    created_by, created_at)
				VALUES (:zone, :name, :level, :field, :enterprise, :programme, :year, :by, :at)""")
			.param("zone", zoneCode)
			.param("name", name)
			.param("level", level.name())
			.param("field", field)
			.param("enterprise", employer.id())
			.param("programme", programme)
			.param("year", draft.year())
			.param("by", this.audit.actor())
			.param("at", OffsetDateTime.now(this.clock))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", name);
		values.put("level", level);
		values.put("field", field);
		values.put("enterprise", employer.creditCode());
		values.put("programme", programme);
		values.put("year", draft.year());
		this.audit.created("talent", id, values);
		return new Talent(id, zoneCode, name, level, field, employer.id(), employer.name(), employer.chainCode(),
				programme, draft.year());
	}

	/** How many of the listed talent each enterprise employs, by name, most first. */
	public static Map<String, Long> perEnterprise(List<Talent> talent) {
		return counted(talent.stream().map(Talent::enterpriseName).toList());
	}

	/** How many of the listed talent work on each chain (by chain code; none: ""). */
	public static Map<String, Long> perChain(List<Talent> talent) {
		return counted(talent.stream().map((t) -> (t.chainCode() != null) ? t.chainCode() : "").toList());
	}

	private static Map<String, Long> counted(List<String> keys) {
		Map<String, Long> counts = new TreeMap<>();
		keys.forEach((k) -> counts.merge(k, 1L, Long::sum));
		Map<String, Long> sorted = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.forEach((e) -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	private static TalentLevel level(String level) {
		if (level == null || level.isBlank()) {
			throw new InputRefused("level", "required");
		}
		for (TalentLevel value : TalentLevel.values()) {
			if (value.name().equals(level.strip())) {
				return value;
			}
		}
		throw new InputRefused("level", "invalid");
	}

	private static String text(String text, String field, int max) {
		if (text == null || text.isBlank()) {
			throw new InputRefused(field, "required");
		}
		String stripped = text.strip();
		if (stripped.length() > max) {
			throw new InputRefused(field, "tooLong", max);
		}
		if (stripped.chars().anyMatch(Character::isISOControl)) {
			// a NUL or other control character is no part of a name, and PostgreSQL
			// refuses NUL
			throw new InputRefused(field, "invalid");
		}
		return stripped;
	}

	private static Talent row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Talent(rs.getLong("id"), rs.getString("zone_code"), rs.getString("person_name"),
				TalentLevel.valueOf(rs.getString("level")), rs.getString("field"), rs.getLong("enterprise_id"),
				rs.getString("enterprise_name"), rs.getString("chain_code"), rs.getString("programme"),
				rs.getInt("talent_year"));
	}

}
