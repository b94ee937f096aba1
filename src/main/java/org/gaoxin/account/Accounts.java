package org.gaoxin.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.audit.AuditLog;
import org.gaoxin.shared.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class Accounts {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	Accounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditLog audit) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
	}

	@Transactional
	public long create(NewUser user) {
		this.jdbc.sql("""
				INSERT INTO app_user (username, password_hash, display_name, role, zone_code, enterprise_id,
				                      department_code, chain_code, enabled)
				VALUES (:username, :hash, :displayName, :role, :zone, :enterprise, :department, :chain, TRUE)""")
			.param("username", user.username())
			.param("hash", this.passwordEncoder.encode(user.password()))
			.param("displayName", user.displayName())
			.param("role", user.role().name())
			.param("zone", user.zoneCode())
			.param("enterprise", user.enterpriseId())
			.param("department", user.departmentCode())
			.param("chain", user.chainCode())
			.update();
		long id = idOf(user.username());
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("username", user.username());
		values.put("role", user.role());
		values.put("zone", user.zoneCode());
		values.put("enterprise", user.enterpriseId());
		values.put("department", user.departmentCode());
		values.put("chain", user.chainCode());
		this.audit.created("user", user.username(), values);
		return id;
	}

	@Transactional
	public void createDepartment(Department department) {
		this.jdbc.sql("INSERT INTO department (code, name_zh, name_en) VALUES (:code, :zh, :en)")
			.param("code", department.code())
			.param("zh", department.nameZh())
			.param("en", department.nameEn())
			.update();
		this.audit.created("department", department.code(), Map.of("nameZh", department.nameZh()));
	}

	@Transactional(readOnly = true)
	public List<Department> departments() {
		return this.jdbc.sql("SELECT code, name_zh, name_en FROM department ORDER BY code")
			.query(Department.class)
			.list();
	}

	@Transactional(readOnly = true)
	public long countUsers() {
		return this.jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
	}

	@Transactional(readOnly = true)
	public List<UserSummary> users() {
		return this.jdbc.sql("""
				SELECT id, username, display_name, role, zone_code, enterprise_id, department_code, chain_code, enabled,
				       home_zone_code
				FROM app_user ORDER BY id""").query(UserSummary.class).list();
	}

	/**
	 * Gives a user the zone their pages open on (null: none, the pages choose). Only an
	 * administrator may; an unknown zone is refused by the database.
	 */
	@Transactional
	public void setHomeZone(String username, String zoneCode, DataScope actor) {
		if (actor.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only an administrator sets a user's home zone");
		}
		Map<String, Object> old = new LinkedHashMap<>();
		old.put("homeZone",
				this.jdbc.sql("SELECT home_zone_code FROM app_user WHERE username = :u")
					.param("u", username)
					.query((rs, row) -> Optional.ofNullable(rs.getString(1)))
					.optional()
					.orElseThrow(() -> new NotFoundException("No user " + username))
					.orElse(null));
		try {
			this.jdbc.sql("UPDATE app_user SET home_zone_code = :zone WHERE username = :u")
				.param("zone", zoneCode)
				.param("u", username)
				.update();
		}
		catch (DataIntegrityViolationException ex) {
			throw new IllegalArgumentException("No zone " + zoneCode, ex);
		}
		Map<String, Object> now = new LinkedHashMap<>();
		now.put("homeZone", zoneCode);
		this.audit.updated("user", username, old, now);
	}

	private long idOf(String username) {
		return this.jdbc.sql("SELECT id FROM app_user WHERE username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

}
