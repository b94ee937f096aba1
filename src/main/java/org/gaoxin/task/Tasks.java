package org.gaoxin.task;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Department;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.evaluation.Evaluation;
import org.gaoxin.evaluation.Evaluator;
import org.gaoxin.evaluation.IndicatorResult;
import org.gaoxin.evaluation.IndicatorStatus;
import org.gaoxin.region.Regions;
import org.gaoxin.shared.EditConflict;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.ReportingYears;
import org.gaoxin.task.TaskDraft.MilestoneDraft;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A zone's shortfall list: items, their milestones, timeline and attachments, and the
 * workflow of {@link TaskRules}. Every read and every change checks the caller's scope:
 * headquarters and administrators see and supervise every item of their zone, a viewer
 * reads them, a department sees the items it leads or cooperates on and acts only on
 * those it leads; enterprise users and chain leaders are refused. Every change is
 * audited.
 */
@Service
public class Tasks {

	static final String ENTITY = "task_item";

	static final int MAX_TITLE = 200;

	static final int MAX_TEXT = 2000;

	static final int MAX_RESULT = 300;

	static final int MAX_PERSON = 100;

	static final int MAX_MILESTONES = 50;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Regions regions;

	private final Clock clock;

	private final Evaluator evaluator;

	private final ReportingYears years;

	private final TaskAttachments files;

	private final int soonDays;

	Tasks(JdbcClient jdbc, AuditLog audit, Regions regions, Clock clock, Evaluator evaluator, ReportingYears years,
			TaskAttachments files,
			@Value("${gaoxin.tasks.due-soon-days:" + TaskRules.DUE_SOON_DAYS + "}") int soonDays) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.regions = regions;
		this.clock = clock;
		this.evaluator = evaluator;
		this.years = years;
		this.files = files;
		this.soonDays = soonDays;
	}

	// ---- who may do what

	/**
	 * Enterprise users and chain leaders have no part in supervision: refused (403)
	 * before any record is looked up.
	 */
	public static void requireParticipant(DataScope scope) {
		if (!participates(scope)) {
			throw new AccessDeniedException("Supervision is not for " + scope.role());
		}
	}

	public static boolean participates(DataScope scope) {
		return scope.role() != Role.ENTERPRISE && scope.role() != Role.CHAIN_LEADER;
	}

	/** Headquarters and administrators of the zone assign, review and cancel. */
	public static boolean canSupervise(DataScope scope, String zoneCode) {
		return (scope.role() == Role.ADMIN || scope.role() == Role.HEADQUARTERS) && scope.canReadZone(zoneCode);
	}

	static void requireSupervisor(DataScope scope, String zoneCode) {
		requireParticipant(scope);
		if (!canSupervise(scope, zoneCode)) {
			throw new AccessDeniedException("Only headquarters supervises " + zoneCode);
		}
	}

	/** The caller's part on the item; empty when the item is not theirs to see. */
	public static Optional<TaskRole> roleOn(TaskItem item, DataScope scope) {
		if (!participates(scope) || !scope.canReadZone(item.zoneCode())) {
			return Optional.empty();
		}
		return switch (scope.role()) {
			case ADMIN, HEADQUARTERS -> Optional.of(TaskRole.SUPERVISOR);
			case VIEWER -> Optional.of(TaskRole.READER);
			case DEPARTMENT -> {
				if (item.leadDepartment().equals(scope.departmentCode())) {
					yield Optional.of(TaskRole.LEAD);
				}
				yield item.cooperators().contains(scope.departmentCode()) ? Optional.of(TaskRole.COOPERATOR)
						: Optional.empty();
			}
			default -> Optional.empty();
		};
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public int soonDays() {
		return this.soonDays;
	}

	// ---- reading

	/** The zone's items the caller may see, newest first, narrowed by the filter. */
	@Transactional(readOnly = true)
	public List<TaskItem> list(String zoneCode, TaskFilter filter, DataScope scope) {
		requireParticipant(scope);
		this.regions.readable(zoneCode, scope);
		StringBuilder sql = new StringBuilder("SELECT * FROM task_item t WHERE zone_code = :zone");
		Map<String, Object> params = new HashMap<>();
		params.put("zone", zoneCode);
		if (scope.role() == Role.DEPARTMENT) {
			// the SQL narrows, not only the page: a department's own and cooperated items
			sql.append(" AND (lead_department = :own OR EXISTS (SELECT 1 FROM task_cooperator c"
					+ " WHERE c.task_id = t.id AND c.department_code = :own))");
			params.put("own", String.valueOf(scope.departmentCode()));
		}
		if (filter.status() != null) {
			sql.append(" AND status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.department() != null && !filter.department().isBlank()) {
			sql.append(" AND lead_department = :department");
			params.put("department", filter.department());
		}
		if (filter.indicator() != null && !filter.indicator().isBlank()) {
			sql.append(
					" AND EXISTS (SELECT 1 FROM task_indicator i WHERE i.task_id = t.id AND i.indicator_code = :ind)");
			params.put("ind", filter.indicator());
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			sql.append(" AND LOWER(title) LIKE :text ESCAPE '\\'");
			params.put("text", "%" + escapeLike(filter.text().strip().toLowerCase(java.util.Locale.ROOT)) + "%");
		}
		sql.append(" ORDER BY deadline, id");
		List<TaskItem> items = withDetails(this.jdbc.sql(sql.toString()).params(params).query(Tasks::header).list());
		if (filter.due() != null) {
			LocalDate today = today();
			items = items.stream().filter((i) -> i.due(today, this.soonDays) == filter.due()).toList();
		}
		return items;
	}

	/** An item by id: not found when it does not exist or is not the caller's to see. */
	@Transactional(readOnly = true)
	public TaskItem get(long id, DataScope scope) {
		requireParticipant(scope);
		TaskItem item = find(id).orElseThrow(() -> new NotFoundException("No task " + id));
		if (roleOn(item, scope).isEmpty()) {
			throw new NotFoundException("No task " + id);
		}
		return item;
	}

	/** An item by zone and id (the API's address): the same, and in that zone. */
	@Transactional(readOnly = true)
	public TaskItem get(String zoneCode, long id, DataScope scope) {
		requireParticipant(scope);
		this.regions.readable(zoneCode, scope);
		TaskItem item = get(id, scope);
		if (!item.zoneCode().equals(zoneCode)) {
			throw new NotFoundException("No task " + id + " in " + zoneCode);
		}
		return item;
	}

	@Transactional(readOnly = true)
	public List<TaskEvent> timeline(long id, DataScope scope) {
		get(id, scope);
		return this.jdbc.sql("SELECT * FROM task_event WHERE task_id = :id ORDER BY occurred_at, id")
			.param("id", id)
			.query(Tasks::event)
			.list();
	}

	@Transactional(readOnly = true)
	public List<Attachment> attachments(long id, DataScope scope) {
		get(id, scope);
		return this.files.of(id);
	}

	/** An attachment's bytes, for whoever may see its item. */
	@Transactional(readOnly = true)
	public TaskAttachments.Download download(long taskId, long attachmentId, DataScope scope) {
		get(taskId, scope);
		return this.files.read(taskId, attachmentId)
			.orElseThrow(() -> new NotFoundException("No attachment " + attachmentId));
	}

	/** The departments, by code, for names on the pages. */
	@Transactional(readOnly = true)
	public Map<String, Department> departments() {
		Map<String, Department> departments = new LinkedHashMap<>();
		this.jdbc.sql("SELECT code, name_zh, name_en FROM department ORDER BY code")
			.query(Department.class)
			.list()
			.forEach((d) -> departments.put(d.code(), d));
		return departments;
	}

	// ---- changing

	/** 交办: headquarters puts an item on the list, assigned to its lead department. */
	@Transactional
	public TaskItem create(String zoneCode, TaskDraft draft, DataScope scope) {
		requireSupervisor(scope, zoneCode);
		this.regions.readable(zoneCode, scope);
		check(draft, true);
		long id = insert(zoneCode, TaskOrigin.MANUAL, null, draft, null);
		return find(id).orElseThrow();
	}

	/** A generated item: the gap and suggestion come with it; no scope check here. */
	long insert(String zoneCode, TaskOrigin origin, Integer year, TaskDraft draft, Generated generated) {
		OffsetDateTime now = now();
		String actor = this.audit.actor();
		long id = Keys.id(this.jdbc.sql("""
				INSERT INTO task_item (zone_code, origin, data_year, standard_code, title, description, lead_department,
				  responsible_person, status, deadline, gap_value, gap_threshold, gap_amount, gap_unit, suggestion_code,
				  suggestion_args, open_key, created_by, created_at, updated_by, updated_at)
				VALUES (:zone, :origin, :year, :standard, :title, :description, :lead, :person, :status, :deadline,
				  :value, :threshold, :gap, :unit, :suggestion, :suggestionArgs, :openKey, :by, :at, :by, :at)""")
			.param("zone", zoneCode)
			.param("origin", origin.name())
			.param("year", year)
			.param("standard", blankToNull(draft.standardCode()))
			.param("title", draft.title().strip())
			.param("description", blankToNull(draft.description()))
			.param("lead", draft.leadDepartment())
			.param("person", blankToNull(draft.responsiblePerson()))
			.param("status", TaskStatus.ASSIGNED.name())
			.param("deadline", draft.deadline())
			.param("value", (generated != null) ? generated.value() : null)
			.param("threshold", (generated != null) ? generated.threshold() : null)
			.param("gap", (generated != null) ? generated.gap() : null)
			.param("unit", (generated != null) ? generated.unit() : null)
			.param("suggestion",
					(generated != null && generated.suggestion() != null) ? generated.suggestion().code() : null)
			.param("suggestionArgs", (generated != null) ? Suggestions.args(generated.suggestion()) : null)
			.param("openKey", (generated != null) ? generated.openKey() : null)
			.param("by", actor)
			.param("at", now));
		writeIndicators(id, draft);
		writeCooperators(id, draft);
		for (MilestoneDraft milestone : draft.milestones()) {
			insertMilestone(id, milestone);
		}
		event(id, EventKind.CREATED, null, TaskStatus.ASSIGNED, null, null, null);
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("title", draft.title().strip());
		values.put("leadDepartment", draft.leadDepartment());
		values.put("cooperators", String.join(",", draft.cooperators()));
		values.put("deadline", draft.deadline());
		values.put("indicators", String.join(",", draft.indicators()));
		values.put("status", TaskStatus.ASSIGNED);
		values.put("origin", origin);
		this.audit.created(ENTITY, key(zoneCode, id), values);
		return id;
	}

	/**
	 * Headquarters changes what the item asks: title, description, lead and cooperating
	 * departments, responsible person, deadline, indicators. An edit on a copy someone
	 * has changed since is a conflict naming who and when; nothing is written.
	 */
	@Transactional
	public TaskItem edit(long id, TaskDraft draft, Integer basedOn, DataScope scope) {
		TaskItem before = get(id, scope);
		requireSupervisor(scope, before.zoneCode());
		if (before.status().closed()) {
			throw new org.gaoxin.shared.ConflictException(Message.of("task.rule.closed", before.status()));
		}
		check(draft, false);
		int changed = this.jdbc.sql("""
				UPDATE task_item SET title = :title, description = :description, lead_department = :lead,
				  responsible_person = :person, deadline = :deadline, standard_code = :standard, updated_by = :by,
				  updated_at = :at, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("title", draft.title().strip())
			.param("description", blankToNull(draft.description()))
			.param("lead", draft.leadDepartment())
			.param("person", blankToNull(draft.responsiblePerson()))
			.param("deadline", draft.deadline())
			.param("standard", blankToNull(draft.standardCode()))
			.param("by", this.audit.actor())
			.param("at", now())
			.param("id", id)
			.param("version", (basedOn != null) ? basedOn : before.version())
			.update();
		if (changed == 0) {
			throw conflict(find(id).orElse(before));
		}
		this.jdbc.sql("DELETE FROM task_cooperator WHERE task_id = :id").param("id", id).update();
		writeCooperators(id, draft);
		this.jdbc.sql("DELETE FROM task_indicator WHERE task_id = :id").param("id", id).update();
		writeIndicators(id, draft);
		for (MilestoneDraft milestone : draft.milestones()) {
			insertMilestone(id, milestone);
		}
		TaskItem after = find(id).orElseThrow();
		event(id, EventKind.EDITED, before.status(), before.status(), null, null, null);
		this.audit.updated(ENTITY, key(after.zoneCode(), id), describe(before), describe(after));
		return after;
	}

	/**
	 * A milestone added by headquarters or by the lead department (which plans its steps
	 * after accepting).
	 */
	@Transactional
	public TaskItem addMilestone(long id, MilestoneDraft milestone, DataScope scope) {
		TaskItem item = get(id, scope);
		TaskRole role = roleOn(item, scope).orElseThrow();
		if (role != TaskRole.SUPERVISOR && role != TaskRole.LEAD) {
			throw new AccessDeniedException("Only headquarters and the lead department plan milestones");
		}
		if (item.status().closed()) {
			throw new org.gaoxin.shared.ConflictException(Message.of("task.rule.closed", item.status()));
		}
		checkMilestone(milestone, "milestone");
		if (item.milestones().size() >= MAX_MILESTONES) {
			throw new InputRefused("milestone", "taskTooMany", MAX_MILESTONES);
		}
		long milestoneId = insertMilestone(id, milestone);
		touch(id);
		event(id, EventKind.MILESTONE_ADDED, item.status(), item.status(), milestoneId, milestone.targetValue(),
				milestone.result().strip());
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("milestone", milestone.dueDate() + " " + milestone.result().strip());
		values.put("target", milestone.targetValue());
		this.audit.created("task_milestone", key(item.zoneCode(), id) + "/" + milestoneId, values);
		return find(id).orElseThrow();
	}

	/**
	 * A step of the workflow. Checked in this order: the caller sees the item (else not
	 * found), may take the action (else forbidden), the version is the stored one (else a
	 * conflict), the action applies now and its inputs are complete ({@link TaskRules}).
	 * A report names a milestone and the figure achieved; a strike-off on an indicator
	 * still unmet in the latest evaluation needs headquarters' written reason.
	 */
	@Transactional
	public TaskItem act(long id, TaskAction action, ActionInput input, DataScope scope) {
		TaskItem before = get(id, scope);
		TaskRole role = roleOn(before, scope).orElseThrow();
		if (!TaskRules.mayAct(action, role)) {
			throw new AccessDeniedException(action + " is not for " + role);
		}
		if (input.basedOn() != null && input.basedOn() != before.version()) {
			throw conflict(before);
		}
		TaskStatus next = TaskRules.next(before.status(), action, input.comment());
		Milestone milestone = null;
		String override = null;
		if (action == TaskAction.REPORT) {
			milestone = reportedMilestone(before, input);
		}
		if (action == TaskAction.STRIKE_OFF) {
			List<String> unmet = stillUnmet(before);
			TaskRules.checkStrikeOff(unmet, input.override());
			override = unmet.isEmpty() ? null : input.override().strip();
		}
		int changed = this.jdbc.sql("""
				UPDATE task_item SET status = :status, open_key = CASE WHEN :closed THEN NULL ELSE open_key END,
				  updated_by = :by, updated_at = :at, version = version + 1 WHERE id = :id AND version = :version""")
			.param("status", next.name())
			.param("closed", next.closed())
			.param("by", this.audit.actor())
			.param("at", now())
			.param("id", id)
			.param("version", before.version())
			.update();
		if (changed == 0) {
			throw conflict(find(id).orElse(before));
		}
		String comment = blankToNull(input.comment());
		if (override != null) {
			comment = (comment != null) ? comment + "\n" + override : override;
		}
		if (comment != null && comment.length() > MAX_TEXT) {
			throw new InputRefused("comment", "tooLong", MAX_TEXT);
		}
		Map<String, Object> old = new LinkedHashMap<>();
		Map<String, Object> now = new LinkedHashMap<>();
		old.put("status", before.status());
		now.put("status", next);
		if (milestone != null) {
			this.jdbc.sql("UPDATE task_milestone SET achieved = :achieved, reported_at = :at WHERE id = :id")
				.param("achieved", input.figure())
				.param("at", now())
				.param("id", milestone.id())
				.update();
			old.put("achieved", milestone.achieved());
			now.put("achieved", input.figure());
		}
		if (comment != null) {
			old.put("comment", null);
			now.put("comment", comment);
		}
		if (override != null) {
			old.put("override", null);
			now.put("override", override);
		}
		long eventId = event(id, kindOf(action), before.status(), next, (milestone != null) ? milestone.id() : null,
				input.figure(), comment);
		if (input.file() != null) {
			if (action != TaskAction.REPORT && action != TaskAction.REQUEST_COMPLETION) {
				throw new InputRefused("file", "taskFileNotHere");
			}
			long attachmentId = this.files.store(id, eventId, input.file(), this.audit.actor(), now());
			now.put("attachment", input.file().fileName() + " #" + attachmentId);
			old.put("attachment", null);
		}
		this.audit.updated(ENTITY, key(before.zoneCode(), id), old, now);
		return find(id).orElseThrow();
	}

	/** The indicators of the item still unmet in the zone's latest evaluation. */
	@Transactional(readOnly = true)
	public List<String> stillUnmet(TaskItem item) {
		if (item.indicators().isEmpty()) {
			return List.of();
		}
		int latest = this.years.defaultYear(item.zoneCode());
		Evaluation evaluation = this.evaluator.evaluate(item.zoneCode(), latest, item.standardCode(), false,
				DataScope.everything(Role.ADMIN));
		List<String> unmet = new ArrayList<>();
		for (String code : item.indicators()) {
			evaluation.indicator(code)
				.map(IndicatorResult::status)
				.filter((s) -> s != IndicatorStatus.MET)
				.ifPresent((s) -> unmet.add(code));
		}
		return unmet;
	}

	// ---- internals

	Optional<TaskItem> find(long id) {
		List<TaskItem> found = withDetails(
				this.jdbc.sql("SELECT * FROM task_item WHERE id = :id").param("id", id).query(Tasks::header).list());
		return found.stream().findFirst();
	}

	/** Generated items open under the key (zone/year/standard/indicator). */
	boolean openKeyExists(String openKey) {
		return this.jdbc.sql("SELECT COUNT(*) FROM task_item WHERE open_key = :key")
			.param("key", openKey)
			.query(Integer.class)
			.single() > 0;
	}

	private Milestone reportedMilestone(TaskItem item, ActionInput input) {
		if (input.milestoneId() == null) {
			throw new InputRefused("milestone", "required");
		}
		Milestone milestone = item.milestones()
			.stream()
			.filter((m) -> m.id() == input.milestoneId())
			.findFirst()
			.orElseThrow(() -> new InputRefused("milestone", "invalid"));
		if (input.figure() == null && (input.comment() == null || input.comment().isBlank())) {
			throw new InputRefused("figure", "required");
		}
		return milestone;
	}

	private static EventKind kindOf(TaskAction action) {
		return switch (action) {
			case ACCEPT -> EventKind.ACCEPTED;
			case REPORT -> EventKind.REPORTED;
			case REQUEST_COMPLETION -> EventKind.COMPLETION_REQUESTED;
			case VERIFY -> EventKind.VERIFIED;
			case RETURN -> EventKind.RETURNED;
			case STRIKE_OFF -> EventKind.STRUCK_OFF;
			case CANCEL -> EventKind.CANCELLED;
		};
	}

	long event(long id, EventKind kind, TaskStatus from, TaskStatus to, Long milestoneId, BigDecimal figure,
			String comment) {
		OffsetDateTime at = now();
		return Keys.id(this.jdbc
			.sql("""
					INSERT INTO task_event (task_id, kind, from_status, to_status, milestone_id, figure, comment, actor, occurred_at)
					VALUES (:task, :kind, :from, :to, :milestone, :figure, :comment, :actor, :at)""")
			.param("task", id)
			.param("kind", kind.name())
			.param("from", (from != null) ? from.name() : null)
			.param("to", (to != null) ? to.name() : null)
			.param("milestone", milestoneId)
			.param("figure", figure)
			.param("comment", comment)
			.param("actor", this.audit.actor())
			.param("at", at));
	}

	private long insertMilestone(long id, MilestoneDraft milestone) {
		return Keys.id(this.jdbc.sql("""
				INSERT INTO task_milestone (task_id, due_date, result, target_value)
				VALUES (:task, :due, :result, :target)""")
			.param("task", id)
			.param("due", milestone.dueDate())
			.param("result", milestone.result().strip())
			.param("target", milestone.targetValue()));
	}

	private void touch(long id) {
		this.jdbc.sql("UPDATE task_item SET updated_by = :by, updated_at = :at, version = version + 1 WHERE id = :id")
			.param("by", this.audit.actor())
			.param("at", now())
			.param("id", id)
			.update();
	}

	private void writeIndicators(long id, TaskDraft draft) {
		draft.indicators()
			.stream()
			.distinct()
			.forEach((code) -> this.jdbc.sql("INSERT INTO task_indicator (task_id, indicator_code) VALUES (:id, :code)")
				.param("id", id)
				.param("code", code)
				.update());
	}

	private void writeCooperators(long id, TaskDraft draft) {
		draft.cooperators()
			.stream()
			.distinct()
			.filter((c) -> !c.equals(draft.leadDepartment()))
			.forEach((code) -> this.jdbc
				.sql("INSERT INTO task_cooperator (task_id, department_code) VALUES (:id, :code)")
				.param("id", id)
				.param("code", code)
				.update());
	}

	private void check(TaskDraft draft, boolean creating) {
		if (draft.title() == null || draft.title().isBlank()) {
			throw new InputRefused("title", "required");
		}
		if (draft.title().strip().length() > MAX_TITLE) {
			throw new InputRefused("title", "tooLong", MAX_TITLE);
		}
		if (draft.description() != null && draft.description().length() > MAX_TEXT) {
			throw new InputRefused("description", "tooLong", MAX_TEXT);
		}
		if (draft.responsiblePerson() != null && draft.responsiblePerson().strip().length() > MAX_PERSON) {
			throw new InputRefused("responsiblePerson", "tooLong", MAX_PERSON);
		}
		Set<String> departments = departments().keySet();
		if (draft.leadDepartment() == null || draft.leadDepartment().isBlank()) {
			throw new InputRefused("leadDepartment", "required");
		}
		if (!departments.contains(draft.leadDepartment())) {
			throw new InputRefused("leadDepartment", "invalid");
		}
		for (String cooperator : draft.cooperators()) {
			if (!departments.contains(cooperator)) {
				throw new InputRefused("cooperators", "invalid");
			}
		}
		if (draft.deadline() == null) {
			throw new InputRefused("deadline", "required");
		}
		if (draft.deadline().getYear() < 2000 || draft.deadline().getYear() > today().getYear() + 20) {
			throw new InputRefused("deadline", "taskDate");
		}
		for (String indicator : draft.indicators()) {
			if (indicator == null || indicator.isBlank() || indicator.length() > 32) {
				throw new InputRefused("indicators", "invalid");
			}
		}
		if (draft.milestones().size() > MAX_MILESTONES) {
			throw new InputRefused("milestones", "taskTooMany", MAX_MILESTONES);
		}
		for (MilestoneDraft milestone : draft.milestones()) {
			checkMilestone(milestone, "milestones");
		}
	}

	private void checkMilestone(MilestoneDraft milestone, String field) {
		if (milestone.dueDate() == null) {
			throw new InputRefused(field + ".dueDate", "required");
		}
		if (milestone.dueDate().getYear() < 2000 || milestone.dueDate().getYear() > today().getYear() + 20) {
			throw new InputRefused(field + ".dueDate", "taskDate");
		}
		if (milestone.result() == null || milestone.result().isBlank()) {
			throw new InputRefused(field + ".result", "required");
		}
		if (milestone.result().strip().length() > MAX_RESULT) {
			throw new InputRefused(field + ".result", "tooLong", MAX_RESULT);
		}
	}

	private EditConflict conflict(TaskItem current) {
		return new EditConflict(Message.of("task.conflict", current.updatedBy(), current.updatedAt()),
				current.version());
	}

	private static Map<String, Object> describe(TaskItem item) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("title", item.title());
		values.put("description", item.description());
		values.put("leadDepartment", item.leadDepartment());
		values.put("cooperators", String.join(",", new TreeSet<>(item.cooperators())));
		values.put("responsiblePerson", item.responsiblePerson());
		values.put("deadline", item.deadline());
		values.put("indicators", String.join(",", new TreeSet<>(item.indicators())));
		values.put("milestones", item.milestones().size());
		return values;
	}

	static String key(String zoneCode, long id) {
		return zoneCode + "/" + id;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private List<TaskItem> withDetails(List<TaskItem> headers) {
		if (headers.isEmpty()) {
			return headers;
		}
		List<Long> ids = headers.stream().map(TaskItem::id).toList();
		Map<Long, List<String>> indicators = new HashMap<>();
		this.jdbc
			.sql("SELECT task_id, indicator_code FROM task_indicator WHERE task_id IN (:ids) ORDER BY indicator_code")
			.param("ids", ids)
			.query((rs) -> {
				indicators.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getString(2));
			});
		Map<Long, List<String>> cooperators = new HashMap<>();
		this.jdbc.sql(
				"SELECT task_id, department_code FROM task_cooperator WHERE task_id IN (:ids) ORDER BY department_code")
			.param("ids", ids)
			.query((rs) -> {
				cooperators.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getString(2));
			});
		Map<Long, List<Milestone>> milestones = new HashMap<>();
		this.jdbc.sql("SELECT * FROM task_milestone WHERE task_id IN (:ids) ORDER BY due_date, id")
			.param("ids", ids)
			.query((rs) -> {
				milestones.computeIfAbsent(rs.getLong("task_id"), (k) -> new ArrayList<>())
					.add(new Milestone(rs.getLong("id"), rs.getObject("due_date", LocalDate.class),
							rs.getString("result"), rs.getBigDecimal("target_value"), rs.getBigDecimal("achieved"),
							rs.getObject("reported_at", OffsetDateTime.class)));
			});
		return headers.stream()
			.map((h) -> new TaskItem(h.id(), h.zoneCode(), h.origin(), h.year(), h.standardCode(), h.title(),
					h.description(), h.leadDepartment(), cooperators.getOrDefault(h.id(), List.of()),
					h.responsiblePerson(), h.status(), h.deadline(), h.gapValue(), h.gapThreshold(), h.gapAmount(),
					h.gapUnit(), indicators.getOrDefault(h.id(), List.of()), milestones.getOrDefault(h.id(), List.of()),
					h.suggestion(), h.createdBy(), h.createdAt(), h.updatedBy(), h.updatedAt(), h.version()))
			.toList();
	}

	private static TaskItem header(ResultSet rs, int row) throws SQLException {
		int year = rs.getInt("data_year");
		Integer dataYear = rs.wasNull() ? null : year;
		return new TaskItem(rs.getLong("id"), rs.getString("zone_code"), TaskOrigin.valueOf(rs.getString("origin")),
				dataYear, rs.getString("standard_code"), rs.getString("title"), rs.getString("description"),
				rs.getString("lead_department"), List.of(), rs.getString("responsible_person"),
				TaskStatus.valueOf(rs.getString("status")), rs.getObject("deadline", LocalDate.class),
				rs.getBigDecimal("gap_value"), rs.getBigDecimal("gap_threshold"), rs.getBigDecimal("gap_amount"),
				rs.getString("gap_unit"), List.of(), List.of(),
				Suggestions.of(rs.getString("suggestion_code"), rs.getString("suggestion_args")),
				rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"));
	}

	private static TaskEvent event(ResultSet rs, int row) throws SQLException {
		long milestone = rs.getLong("milestone_id");
		Long milestoneId = rs.wasNull() ? null : milestone;
		String from = rs.getString("from_status");
		String to = rs.getString("to_status");
		return new TaskEvent(rs.getLong("id"), EventKind.valueOf(rs.getString("kind")),
				(from != null) ? TaskStatus.valueOf(from) : null, (to != null) ? TaskStatus.valueOf(to) : null,
				milestoneId, rs.getBigDecimal("figure"), rs.getString("comment"), rs.getString("actor"),
				rs.getObject("occurred_at", OffsetDateTime.class));
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** The gap and suggestion of a generated item, and the key that keeps it single. */
	record Generated(BigDecimal value, BigDecimal threshold, BigDecimal gap, String unit, Message suggestion,
			String openKey) {
	}

	/**
	 * What an action carries: a comment (required for a return or a cancellation), a
	 * report's milestone and figure, a strike-off's override reason, one file, and the
	 * version the caller read (null: whatever is stored).
	 */
	public record ActionInput(String comment, Long milestoneId, BigDecimal figure, String override,
			TaskAttachments.Upload file, Integer basedOn) {

		public static ActionInput none() {
			return new ActionInput(null, null, null, null, null, null);
		}

		public static ActionInput comment(String comment) {
			return new ActionInput(comment, null, null, null, null, null);
		}

	}

}
