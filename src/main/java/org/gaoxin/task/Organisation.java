package org.gaoxin.task;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gaoxin.account.DataScope;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.region.Regions;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of supervision in a zone: headquarters' commander, deputies and office, and
 * the departments' people with their posts, each possibly linked to a user. Read by
 * everyone in supervision, kept by headquarters, audited.
 */
@Service
public class Organisation {

	static final String ENTITY = "task_person";

	private static final int MAX = 100;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Regions regions;

	Organisation(JdbcClient jdbc, AuditLog audit, Regions regions) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.regions = regions;
	}

	@Transactional(readOnly = true)
	public List<TaskPerson> people(String zoneCode, DataScope scope) {
		Tasks.requireParticipant(scope);
		this.regions.readable(zoneCode, scope);
		return this.jdbc
			.sql("""
					SELECT * FROM task_person WHERE zone_code = :zone
					ORDER BY CASE hq_post WHEN 'COMMANDER' THEN 0 WHEN 'DEPUTY_COMMANDER' THEN 1 WHEN 'OFFICE' THEN 2 ELSE 3 END,
					  department_code, id""")
			.param("zone", zoneCode)
			.query((rs, row) -> new TaskPerson(rs.getLong("id"), rs.getString("zone_code"),
					(rs.getString("hq_post") != null) ? HqPost.valueOf(rs.getString("hq_post")) : null,
					rs.getString("department_code"), rs.getString("title"), rs.getString("person_name"),
					rs.getString("username")))
			.list();
	}

	/** Headquarters adds someone to a post (a department's, or its own with a post). */
	@Transactional
	public TaskPerson add(String zoneCode, HqPost post, String departmentCode, String title, String name,
			String username, DataScope scope) {
		Tasks.requireSupervisor(scope, zoneCode);
		this.regions.readable(zoneCode, scope);
		String department = Tasks.blankToNull(departmentCode);
		if (post == null && department == null) {
			throw new InputRefused("department", "required");
		}
		if (department != null && this.jdbc.sql("SELECT COUNT(*) FROM department WHERE code = :c")
			.param("c", department)
			.query(Integer.class)
			.single() == 0) {
			throw new InputRefused("department", "invalid");
		}
		String user = Tasks.blankToNull(username);
		if (user != null && this.jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :u")
			.param("u", user)
			.query(Integer.class)
			.single() == 0) {
			throw new InputRefused("username", "invalid");
		}
		requireText("title", title);
		requireText("name", name);
		long id = Keys.id(this.jdbc.sql("""
				INSERT INTO task_person (zone_code, hq_post, department_code, title, person_name, username)
				VALUES (:zone, :post, :department, :title, :name, :user)""")
			.param("zone", zoneCode)
			.param("post", (post != null) ? post.name() : null)
			.param("department", department)
			.param("title", title.strip())
			.param("name", name.strip())
			.param("user", user));
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("post", post);
		values.put("department", department);
		values.put("title", title.strip());
		values.put("name", name.strip());
		values.put("username", user);
		this.audit.created(ENTITY, zoneCode + "/" + id, values);
		return people(zoneCode, scope).stream().filter((p) -> p.id() == id).findFirst().orElseThrow();
	}

	@Transactional
	public void remove(String zoneCode, long id, DataScope scope) {
		Tasks.requireSupervisor(scope, zoneCode);
		TaskPerson person = people(zoneCode, scope).stream()
			.filter((p) -> p.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No person " + id));
		this.jdbc.sql("DELETE FROM task_person WHERE id = :id").param("id", id).update();
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("post", person.hqPost());
		values.put("department", person.departmentCode());
		values.put("title", person.title());
		values.put("name", person.personName());
		this.audit.deleted(ENTITY, zoneCode + "/" + id, values);
	}

	private static void requireText(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new InputRefused(field, "required");
		}
		if (text.strip().length() > MAX) {
			throw new InputRefused(field, "tooLong", MAX);
		}
	}

}
