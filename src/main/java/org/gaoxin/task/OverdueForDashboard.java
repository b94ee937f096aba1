package org.gaoxin.task;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Department;
import org.gaoxin.dashboard.OverdueItem;
import org.gaoxin.dashboard.OverdueShortfalls;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The dashboard's card of overdue shortfall items (补短板清单), read through the same scoped
 * list as the supervision pages: a department sees its own items there too, and a role
 * outside supervision (enterprise, chain leader) sees none.
 */
@Component
class OverdueForDashboard implements OverdueShortfalls {

	private static final int SHOWN = 8;

	private final Tasks tasks;

	OverdueForDashboard(Tasks tasks) {
		this.tasks = tasks;
	}

	@Override
	public List<OverdueItem> overdue(String zoneCode, DataScope scope) {
		if (!Tasks.participates(scope)) {
			return List.of();
		}
		LocalDate today = this.tasks.today();
		List<TaskItem> items = this.tasks.list(zoneCode, new TaskFilter(null, null, null, DueState.OVERDUE, null),
				scope);
		Map<String, Department> departments = this.tasks.departments();
		boolean english = LocaleContextHolder.getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage());
		return items.stream()
			.sorted(Comparator.comparing(TaskItem::nextDue).thenComparing(TaskItem::id))
			.limit(SHOWN)
			.map((i) -> new OverdueItem(i.title(), ownerName(departments.get(i.leadDepartment()), i, english),
					i.nextDue(), "/tasks/" + i.id()))
			.toList();
	}

	private static String ownerName(Department department, TaskItem item, boolean english) {
		if (department == null) {
			return item.leadDepartment();
		}
		return english ? department.nameEn() : department.nameZh();
	}

}
