package org.gaoxin.task;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.shared.EditConflict;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.Message;
import org.gaoxin.standard.Standard;
import org.gaoxin.standard.Standards;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which department answers for each indicator of a standard: data, read by everyone in
 * supervision, changed by headquarters and administrators, every change audited.
 */
@Service
public class IndicatorOwners {

	static final String ENTITY = "indicator_owner";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Standards standards;

	private final Clock clock;

	IndicatorOwners(JdbcClient jdbc, AuditLog audit, Standards standards, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.standards = standards;
		this.clock = clock;
	}

	/** Changing owners is headquarters' (any zone's) or an administrator's. */
	public static boolean canEdit(DataScope scope) {
		return scope.role() == Role.ADMIN || scope.role() == Role.HEADQUARTERS;
	}

	@Transactional(readOnly = true)
	public Map<String, IndicatorOwner> of(String standardCode, DataScope scope) {
		Tasks.requireParticipant(scope);
		return owners(standardCode);
	}

	Map<String, IndicatorOwner> owners(String standardCode) {
		Map<String, IndicatorOwner> owners = new LinkedHashMap<>();
		this.jdbc.sql("SELECT * FROM indicator_owner WHERE standard_code = :standard ORDER BY indicator_code")
			.param("standard", standardCode)
			.query((rs, row) -> new IndicatorOwner(rs.getString("standard_code"), rs.getString("indicator_code"),
					rs.getString("department_code"), rs.getString("updated_by"),
					rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version")))
			.list()
			.forEach((o) -> owners.put(o.indicatorCode(), o));
		return owners;
	}

	Optional<String> owner(String standardCode, String indicatorCode) {
		return Optional.ofNullable(owners(standardCode).get(indicatorCode)).map(IndicatorOwner::departmentCode);
	}

	/**
	 * Sets the department answering for an indicator; {@code basedOn} is the version the
	 * form showed (null for a first owner or a caller that does not say).
	 */
	@Transactional
	public IndicatorOwner set(String standardCode, String indicatorCode, String departmentCode, Integer basedOn,
			DataScope scope) {
		Tasks.requireParticipant(scope);
		if (!canEdit(scope)) {
			throw new AccessDeniedException("Only headquarters sets indicator owners");
		}
		Standard standard = this.standards.resolve(standardCode);
		if (standard.indicator(indicatorCode).isEmpty()) {
			throw new InputRefused("indicator", "invalid");
		}
		boolean known = this.jdbc.sql("SELECT COUNT(*) FROM department WHERE code = :code")
			.param("code", String.valueOf(departmentCode))
			.query(Integer.class)
			.single() > 0;
		if (!known) {
			throw new InputRefused("department", "invalid");
		}
		IndicatorOwner before = owners(standard.code()).get(indicatorCode);
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		String key = standard.code() + "/" + indicatorCode;
		if (before == null) {
			this.jdbc.sql("""
					INSERT INTO indicator_owner (standard_code, indicator_code, department_code, updated_by, updated_at)
					VALUES (:standard, :indicator, :department, :by, :at)""")
				.param("standard", standard.code())
				.param("indicator", indicatorCode)
				.param("department", departmentCode)
				.param("by", this.audit.actor())
				.param("at", now)
				.update();
			this.audit.created(ENTITY, key, Map.of("department", departmentCode));
		}
		else {
			if (basedOn != null && basedOn != before.version()) {
				throw conflict(before);
			}
			int changed = this.jdbc.sql("""
					UPDATE indicator_owner SET department_code = :department, updated_by = :by, updated_at = :at,
					  version = version + 1
					WHERE standard_code = :standard AND indicator_code = :indicator AND version = :version""")
				.param("standard", standard.code())
				.param("indicator", indicatorCode)
				.param("department", departmentCode)
				.param("by", this.audit.actor())
				.param("at", now)
				.param("version", before.version())
				.update();
			if (changed == 0) {
				throw conflict(owners(standard.code()).getOrDefault(indicatorCode, before));
			}
			this.audit.updated(ENTITY, key, Map.of("department", before.departmentCode()),
					Map.of("department", departmentCode));
		}
		return owners(standard.code()).get(indicatorCode);
	}

	private static EditConflict conflict(IndicatorOwner current) {
		return new EditConflict(Message.of("task.conflict", current.updatedBy(), current.updatedAt()),
				current.version());
	}

	/** The code of the standard a reference names (the first offered when blank). */
	public String standard(String reference) {
		return this.standards.resolve(reference).code();
	}

	/** The standards' indicators in order, for the owners page. */
	public List<org.gaoxin.standard.Indicator> indicators(String standardCode) {
		return this.standards.resolve(standardCode).indicators();
	}

}
