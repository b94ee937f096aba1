package org.gaoxin.task;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Headquarters' view of the list: overdue and due-soon items, completion per department,
 * reminders (催办), and the weekly digest. Everything read through {@link Tasks}, so a
 * department sees its own items only.
 */
@Service
public class Supervision {

	private final Tasks tasks;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	Supervision(Tasks tasks, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.tasks = tasks;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Completion per lead department over the items given (cancelled ones left out). */
	public List<DepartmentRate> rates(List<TaskItem> items, LocalDate today) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		items.stream()
			.filter((i) -> i.status() != TaskStatus.CANCELLED)
			.sorted(Comparator.comparing(TaskItem::leadDepartment))
			.forEach((item) -> {
				int[] c = counts.computeIfAbsent(item.leadDepartment(), (k) -> new int[4]);
				c[0]++;
				if (item.status() == TaskStatus.STRUCK_OFF) {
					c[1]++;
				}
				if (item.status() == TaskStatus.VERIFIED) {
					c[2]++;
				}
				if (item.due(today, this.tasks.soonDays()) == DueState.OVERDUE) {
					c[3]++;
				}
			});
		List<DepartmentRate> rates = new ArrayList<>();
		counts.forEach((department, c) -> rates.add(new DepartmentRate(department, c[0], c[1], c[2], c[3])));
		return rates;
	}

	/** The zone's reminders the caller may see (its items'), newest first. */
	@Transactional(readOnly = true)
	public List<Reminder> reminders(String zoneCode, DataScope scope, int limit) {
		Map<Long, TaskItem> visible = new HashMap<>();
		this.tasks.list(zoneCode, TaskFilter.all(), scope).forEach((i) -> visible.put(i.id(), i));
		if (visible.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT r.* FROM task_reminder r JOIN task_item t ON t.id = r.task_id
				WHERE t.zone_code = :zone ORDER BY r.reminder_day DESC, r.id DESC""")
			.param("zone", zoneCode)
			.query((rs, row) -> {
				long taskId = rs.getLong("task_id");
				TaskItem item = visible.get(taskId);
				if (item == null) {
					return null;
				}
				return new Reminder(rs.getLong("id"), taskId, item.title(), item.leadDepartment(),
						item.responsiblePerson(), rs.getObject("reminder_day", LocalDate.class),
						rs.getInt("days_overdue"), rs.getObject("created_at", OffsetDateTime.class));
			})
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.limit(limit)
			.toList();
	}

	/**
	 * 催办: every open item overdue on {@code today}, in every zone, gets one reminder for
	 * the day (a second run the same day adds nothing), on its timeline and in the log.
	 * @return the reminders written
	 */
	@Transactional
	public int remind(LocalDate today) {
		List<TaskItem> open = new ArrayList<>();
		DataScope system = DataScope.everything(Role.ADMIN);
		for (String zone : this.jdbc
			.sql("SELECT DISTINCT zone_code FROM task_item WHERE status NOT IN ('STRUCK_OFF', 'CANCELLED')")
			.query(String.class)
			.list()) {
			open.addAll(this.tasks.list(zone, TaskFilter.all(), system));
		}
		int written = 0;
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		for (TaskItem item : open) {
			if (item.due(today, this.tasks.soonDays()) != DueState.OVERDUE) {
				continue;
			}
			boolean already = this.jdbc
				.sql("SELECT COUNT(*) FROM task_reminder WHERE task_id = :task AND reminder_day = :day")
				.param("task", item.id())
				.param("day", today)
				.query(Integer.class)
				.single() > 0;
			if (already) {
				continue;
			}
			int days = (int) item.daysOverdue(today);
			this.jdbc.sql("""
					INSERT INTO task_reminder (task_id, reminder_day, days_overdue, created_at)
					VALUES (:task, :day, :days, :at)""")
				.param("task", item.id())
				.param("day", today)
				.param("days", days)
				.param("at", now)
				.update();
			// the days overdue are the reminder's figure
			this.tasks.event(item.id(), EventKind.REMINDED, item.status(), item.status(), null,
					java.math.BigDecimal.valueOf(days), null);
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("task", item.id());
			values.put("day", today);
			values.put("daysOverdue", days);
			this.audit.created("task_reminder", Tasks.key(item.zoneCode(), item.id()) + "/" + today, values);
			written++;
		}
		return written;
	}

	/** The Monday of the week {@code day} falls in. */
	public static LocalDate weekOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** The digest of the week beginning on {@code monday} (any day: its week). */
	@Transactional(readOnly = true)
	public Digest digest(String zoneCode, LocalDate day, DataScope scope) {
		LocalDate from = weekOf(day);
		LocalDate to = from.plusDays(6);
		LocalDate today = this.tasks.today();
		LocalDate asOf = to.isBefore(today) ? to : today;
		List<TaskItem> items = this.tasks.list(zoneCode, TaskFilter.all(), scope);
		Map<Long, TaskItem> byId = new HashMap<>();
		items.forEach((i) -> byId.put(i.id(), i));
		ZoneId offices = this.clock.getZone();
		List<Digest.Change> changes = new ArrayList<>();
		if (!items.isEmpty()) {
			this.jdbc.sql("""
					SELECT e.* FROM task_event e JOIN task_item t ON t.id = e.task_id
					WHERE t.zone_code = :zone AND e.occurred_at >= :from AND e.occurred_at < :to
					ORDER BY e.occurred_at, e.id""")
				.param("zone", zoneCode)
				.param("from", from.atStartOfDay(offices).toOffsetDateTime())
				.param("to", to.plusDays(1).atStartOfDay(offices).toOffsetDateTime())
				.query((rs, row) -> {
					TaskEvent event = new TaskEvent(rs.getLong("id"), EventKind.valueOf(rs.getString("kind")),
							status(rs.getString("from_status")), status(rs.getString("to_status")), null,
							rs.getBigDecimal("figure"), rs.getString("comment"), rs.getString("actor"),
							rs.getObject("occurred_at", OffsetDateTime.class));
					return new Object[] { rs.getLong("task_id"), event };
				})
				.list()
				.forEach((pair) -> {
					TaskItem item = byId.get((Long) pair[0]);
					if (item != null) {
						changes.add(new Digest.Change(item, (TaskEvent) pair[1]));
					}
				});
		}
		List<TaskItem> overdue = items.stream()
			.filter((i) -> i.due(asOf, this.tasks.soonDays()) == DueState.OVERDUE)
			.sorted(Comparator.comparing(TaskItem::nextDue).thenComparing(TaskItem::id))
			.toList();
		return new Digest(zoneCode, from, to, changes, overdue, rates(items, asOf));
	}

	private static TaskStatus status(String name) {
		return (name != null) ? TaskStatus.valueOf(name) : null;
	}

}
