package org.gaoxin.task.web;

import org.gaoxin.audit.AuditTerms;
import org.gaoxin.audit.FieldTerms;
import org.gaoxin.shared.web.Texts;
import org.gaoxin.task.HqPost;
import org.gaoxin.task.TaskOrigin;
import org.gaoxin.task.TaskStatus;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Supervision's records in the change log: fields by their labels, states in words. */
@Configuration(proxyBeanMethods = false)
class TaskAuditTerms {

	@Bean
	AuditTerms taskItemTerms(Texts texts) {
		return FieldTerms.of("task_item", texts)
			.field("status", "task.status", TaskStatus.class)
			.field("origin", "task.origin", TaskOrigin.class)
			.field("title", "task.field.title")
			.field("description", "task.field.description")
			.field("leadDepartment", "task.field.leadDepartment")
			.field("cooperators", "task.field.cooperators")
			.field("responsiblePerson", "task.field.responsiblePerson")
			.field("deadline", "task.field.deadline")
			.field("indicators", "task.field.indicators")
			.field("milestones", "task.field.milestones")
			.field("comment", "task.field.comment")
			.field("override", "task.field.override")
			.field("attachment", "task.field.file");
	}

	@Bean
	AuditTerms taskPersonTerms(Texts texts) {
		return FieldTerms.of("task_person", texts)
			.field("post", "task.post", HqPost.class)
			.field("department", "task.field.department")
			.field("title", "task.field.title")
			.field("name", "task.field.name")
			.field("username", "task.field.username");
	}

	@Bean
	AuditTerms indicatorOwnerTerms(Texts texts) {
		return FieldTerms.of("indicator_owner", texts).field("department", "task.field.department");
	}

}
