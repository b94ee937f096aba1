package org.gaoxin.task.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.gaoxin.account.Department;
import org.gaoxin.audit.AuditTerms;
import org.gaoxin.audit.FieldTerms;
import org.gaoxin.region.Regions;
import org.gaoxin.shared.web.Texts;
import org.gaoxin.task.HqPost;
import org.gaoxin.task.TaskOrigin;
import org.gaoxin.task.TaskStatus;
import org.gaoxin.task.Tasks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Supervision's records in the change log: fields by their labels, states in words. */
@Configuration(proxyBeanMethods = false)
class TaskAuditTerms {

	@Bean
	AuditTerms taskItemTerms(Texts texts, Regions regions, Tasks tasks) {
		return FieldTerms.of("task_item", texts)
			.field("status", "task.status", TaskStatus.class)
			.field("origin", "task.origin", TaskOrigin.class)
			.field("title", "task.field.title")
			.field("description", "task.field.description")
			.field("leadDepartment", "task.field.leadDepartment", (value, locale) -> departments(tasks, value, locale))
			.field("cooperators", "task.field.cooperators", (value, locale) -> departments(tasks, value, locale))
			.field("achieved", "task.field.figure")
			.field("responsiblePerson", "task.field.responsiblePerson")
			.field("deadline", "task.field.deadline")
			.field("indicators", "task.field.indicators")
			.field("milestones", "task.field.milestones")
			.field("comment", "task.field.comment")
			.field("override", "task.field.override")
			.field("attachment", "task.field.file")
			.records((key, locale) -> zoneRecord(regions, key, locale));
	}

	@Bean
	AuditTerms taskMilestoneTerms(Texts texts, Regions regions) {
		return FieldTerms.of("task_milestone", texts)
			.field("milestone", "task.field.milestone")
			.field("target", "task.field.milestone.targetValue")
			.records((key, locale) -> zoneRecord(regions, key, locale));
	}

	@Bean
	AuditTerms taskReminderTerms(Texts texts, Regions regions) {
		return FieldTerms.of("task_reminder", texts)
			.field("task", "task.item")
			.field("day", "task.field.week")
			.field("daysOverdue", "task.daysOverdue")
			.records((key, locale) -> zoneRecord(regions, key, locale));
	}

	/** Department codes ("KJJ,CZJ") as their names in the reader's language. */
	private static String departments(Tasks tasks, String codes, Locale locale) {
		if (codes == null || codes.isBlank()) {
			return codes;
		}
		Map<String, Department> departments = tasks.departments();
		return Arrays.stream(codes.split(","))
			.map((code) -> DigestWorkbook.name(departments, code.strip(), Texts.chinese(locale)))
			.collect(Collectors.joining(Texts.chinese(locale) ? "、" : ", "));
	}

	/** "QJ-HTZ/15" (and what follows it) as the zone's name and the item's number. */
	private static String zoneRecord(Regions regions, String key, Locale locale) {
		String[] parts = key.split("/", 2);
		if (parts.length != 2) {
			return null;
		}
		String zone = regions.findZone(parts[0]).map((z) -> z.name(Texts.chinese(locale))).orElse(parts[0]);
		return zone + " · #" + parts[1];
	}

	@Bean
	AuditTerms taskPersonTerms(Texts texts, Regions regions, Tasks tasks) {
		return FieldTerms.of("task_person", texts)
			.field("post", "task.post", HqPost.class)
			.field("department", "task.field.department", (value, locale) -> departments(tasks, value, locale))
			.field("title", "task.field.title")
			.field("name", "task.field.name")
			.field("username", "task.field.username")
			.records((key, locale) -> zoneRecord(regions, key, locale));
	}

	@Bean
	AuditTerms indicatorOwnerTerms(Texts texts, Tasks tasks) {
		return FieldTerms.of("indicator_owner", texts)
			.field("department", "task.field.department", (value, locale) -> departments(tasks, value, locale));
	}

}
