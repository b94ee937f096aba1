package org.gaoxin.task;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.shared.EditConflict;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.task.TaskDraft.MilestoneDraft;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the supervision module stores, on every supported engine (H2 and PostgreSQL): the
 * demo's generated list, an item through its whole workflow with a file's bytes, the
 * reminders once a day, the owners with their versions. Tests that write roll back.
 */
abstract class TaskPersistenceContract {

	private static final String ZONE = DemoAccounts.QIANJIANG;

	private static final DataScope HQ = new DataScope(Role.HEADQUARTERS, ZONE, null, null, null);

	private static final DataScope SWW = new DataScope(Role.DEPARTMENT, ZONE, null, null, "SWW");

	@Autowired
	Tasks tasks;

	@Autowired
	TaskAttachments attachments;

	@Autowired
	Supervision supervision;

	@Autowired
	IndicatorOwners owners;

	@Autowired
	Organisation organisation;

	@Autowired
	AuditLog audit;

	@Test
	void theDemosListIsStoredWithItsGapsOwnersAndDeadline() {
		List<TaskItem> generated = this.tasks.list(ZONE, TaskFilter.all(), HQ)
			.stream()
			.filter((i) -> i.origin() == TaskOrigin.UNMET)
			.toList();
		assertThat(generated).extracting((i) -> i.indicators() + ":" + i.leadDepartment() + ":" + i.deadline())
			.contains("[C02]:FGW:2024-12-31", "[C05]:SWW:2024-12-31", "[C07]:KJJ:2024-12-31");
		assertThat(generated).allSatisfy((i) -> assertThat(i.gapThreshold()).isNotNull());
		assertThat(this.organisation.people(ZONE, HQ)).anySatisfy((p) -> {
			assertThat(p.hqPost()).isEqualTo(HqPost.COMMANDER);
		}).anySatisfy((p) -> assertThat(p.username()).isEqualTo("demo-dept"));
	}

	@Test
	@Transactional
	void anItemGoesThroughItsWorkflowWithAFileAndIsAudited() {
		LocalDate today = this.tasks.today();
		TaskItem item = this.tasks
			.create(ZONE,
					new TaskDraft("引进外资项目（持久化）", "说明", "SWW", List.of("KJJ", "FGW"), "孙丽", today.plusDays(40), null,
							List.of(), List.of(new MilestoneDraft(today.plusDays(7), "签约", new BigDecimal("2.5")))),
					HQ);
		assertThat(item.cooperators()).containsExactly("FGW", "KJJ");
		this.tasks.act(item.id(), TaskAction.ACCEPT, Tasks.ActionInput.none(), SWW);
		byte[] content = "%PDF-1.7 签约材料".getBytes(StandardCharsets.UTF_8);
		this.tasks.act(item.id(), TaskAction.REPORT, new Tasks.ActionInput("签约两个", item.milestones().get(0).id(),
				new BigDecimal("2.5"), null, this.attachments.upload("签约.pdf", content), null), SWW);
		TaskItem reported = this.tasks.get(item.id(), HQ);
		assertThat(reported.milestones().get(0).achieved()).isEqualByComparingTo("2.5");
		assertThat(reported.milestones().get(0).reportedAt()).isNotNull();
		Attachment file = this.tasks.attachments(item.id(), HQ).get(0);
		assertThat(file.size()).isEqualTo(content.length);
		assertThat(this.tasks.download(item.id(), file.id(), SWW).content()).isEqualTo(content);
		this.tasks.act(item.id(), TaskAction.REQUEST_COMPLETION, Tasks.ActionInput.none(), SWW);
		this.tasks.act(item.id(), TaskAction.VERIFY, Tasks.ActionInput.none(), HQ);
		assertThat(this.tasks.act(item.id(), TaskAction.STRIKE_OFF, Tasks.ActionInput.none(), HQ).status())
			.isEqualTo(TaskStatus.STRUCK_OFF);
		assertThat(this.tasks.timeline(item.id(), HQ)).hasSize(6);
		assertThat(this.audit.forRecord(Tasks.ENTITY, ZONE + "/" + item.id()))
			.filteredOn((e) -> "status".equals(e.field()))
			.hasSize(5);
		assertThatThrownBy(() -> this.tasks.edit(item.id(),
				new TaskDraft("x", null, "SWW", List.of(), null, today.plusDays(1), null, List.of(), List.of()), null,
				HQ))
			.hasMessageContaining("task.rule.closed");
	}

	@Test
	@Transactional
	void anEditOnAStaleCopyIsAConflictAndRemindersComeOnceADay() {
		LocalDate today = this.tasks.today();
		TaskItem item = this.tasks.create(ZONE,
				new TaskDraft("逾期（持久化）", null, "SWW", List.of(), null, today.minusDays(1), null, List.of(), List.of()),
				HQ);
		TaskDraft changed = new TaskDraft("逾期（已改）", null, "SWW", List.of(), "孙丽", today.minusDays(1), null, List.of(),
				List.of());
		this.tasks.edit(item.id(), changed, item.version(), HQ);
		assertThatThrownBy(() -> this.tasks.edit(item.id(), changed, item.version(), HQ))
			.isInstanceOf(EditConflict.class);
		assertThat(this.supervision.remind(today)).isPositive();
		assertThat(this.supervision.remind(today)).isZero();
		assertThat(this.supervision.reminders(ZONE, HQ, 500)).anySatisfy((r) -> {
			assertThat(r.taskId()).isEqualTo(item.id());
			assertThat(r.daysOverdue()).isEqualTo(1);
		});
	}

	@Test
	@Transactional
	void anOwnerChangeKeepsItsVersion() {
		IndicatorOwner before = this.owners.of("CQ-MUNICIPAL-HTZ", HQ).get("C05");
		IndicatorOwner after = this.owners.set("CQ-MUNICIPAL-HTZ", "C05", "FGW", before.version(), HQ);
		assertThat(after.version()).isEqualTo(before.version() + 1);
		assertThatThrownBy(() -> this.owners.set("CQ-MUNICIPAL-HTZ", "C05", "KJJ", before.version(), HQ))
			.isInstanceOf(EditConflict.class);
		assertThat(this.audit.forRecord(IndicatorOwners.ENTITY, "CQ-MUNICIPAL-HTZ/C05"))
			.anySatisfy((e) -> assertThat(e.oldValue() + "→" + e.newValue()).isEqualTo("SWW→FGW"));
	}

}
