package org.gaoxin.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditEntry;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.shared.ConflictException;
import org.gaoxin.shared.EditConflict;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.task.TaskDraft.MilestoneDraft;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The list and its workflow on the demo zone: the generated 2021 list, scope by
 * department, the strike-off check, every transition audited, reminders once a day.
 */
@DemoApplicationTest
@Transactional
class TaskWorkflowTest {

	static final String ZONE = DemoAccounts.QIANJIANG;

	static final DataScope HQ = new DataScope(Role.HEADQUARTERS, ZONE, null, null, null);

	static final DataScope KJJ = new DataScope(Role.DEPARTMENT, ZONE, null, null, "KJJ");

	static final DataScope SWW = new DataScope(Role.DEPARTMENT, ZONE, null, null, "SWW");

	static final DataScope VIEWER = new DataScope(Role.VIEWER, null, null, null, null);

	@Autowired
	Tasks tasks;

	@Autowired
	ShortfallLists lists;

	@Autowired
	Supervision supervision;

	@Autowired
	AuditLog audit;

	@Test
	void theDemos2021ListHasAnItemPerUnmetIndicatorWithItsOwnerAndThe2024Deadline() {
		List<TaskItem> generated = this.tasks.list(ZONE, TaskFilter.all(), HQ)
			.stream()
			.filter((i) -> i.origin() == TaskOrigin.UNMET && Integer.valueOf(2021).equals(i.year()))
			.toList();
		assertThat(generated).extracting((i) -> i.indicators().get(0) + ":" + i.leadDepartment() + ":" + i.deadline())
			.containsExactlyInAnyOrder("C02:FGW:2024-12-31", "C05:SWW:2024-12-31", "C07:KJJ:2024-12-31");
		TaskItem highTech = generated.stream().filter((i) -> i.indicators().contains("C07")).findFirst().orElseThrow();
		assertThat(highTech.title()).isEqualTo("高新技术企业数");
		assertThat(highTech.gapValue()).isEqualByComparingTo("37");
		assertThat(highTech.gapThreshold()).isEqualByComparingTo("40");
		assertThat(highTech.gapAmount()).isEqualByComparingTo("3");
		assertThat(highTech.gapUnit()).isEqualTo("ENTERPRISES");
		assertThat(highTech.suggestion()).isNotNull();
		assertThat(highTech.suggestion().code()).isEqualTo("task.suggestion.highTech");
	}

	@Test
	void generatingTwiceAddsNothingWhileTheItemsAreOpen() {
		int before = this.tasks.list(ZONE, TaskFilter.all(), HQ).size();
		ShortfallLists.Generation again = this.lists.generate(ZONE, 2021, "CQ-MUNICIPAL-HTZ", HQ);
		assertThat(again.created()).isEmpty();
		assertThat(again.existing()).contains("C02", "C05", "C07");
		assertThat(this.tasks.list(ZONE, TaskFilter.all(), HQ)).hasSize(before);
	}

	@Test
	void aDepartmentReportsOnItsOwnItemAndCannotTouchAnothersEvenById() {
		TaskItem own = newItem("KJJ", List.of());
		TaskItem other = newItem("SWW", List.of());
		this.tasks.act(own.id(), TaskAction.ACCEPT, Tasks.ActionInput.none(), KJJ);
		TaskItem reported = this.tasks.act(own.id(), TaskAction.REPORT, new Tasks.ActionInput("done half",
				own.milestones().get(0).id(), new BigDecimal("12"), null, null, null), KJJ);
		assertThat(reported.status()).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(reported.milestones().get(0).achieved()).isEqualByComparingTo("12");
		assertThat(this.tasks.list(ZONE, TaskFilter.all(), KJJ)).extracting(TaskItem::id)
			.contains(own.id())
			.doesNotContain(other.id());
		assertThatThrownBy(() -> this.tasks.get(other.id(), KJJ)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.tasks.act(other.id(), TaskAction.ACCEPT, Tasks.ActionInput.none(), KJJ))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.tasks.get(other.id(), HQ).status()).isEqualTo(TaskStatus.ASSIGNED);
		// headquarters does not report in the department's place; a viewer does nothing
		assertThatThrownBy(() -> this.tasks.act(other.id(), TaskAction.ACCEPT, Tasks.ActionInput.none(), HQ))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.tasks.act(other.id(), TaskAction.CANCEL, Tasks.ActionInput.comment("x"), VIEWER))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> this.tasks.list(ZONE, TaskFilter.all(), new DataScope(Role.ENTERPRISE, ZONE, 1L, null, null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aCooperatingDepartmentSeesTheItemButActsOnNothing() {
		TaskItem item = this.tasks.create(ZONE, new TaskDraft("合作事项", null, "SWW", List.of("KJJ"), null,
				this.tasks.today().plusDays(30), null, List.of(), List.of()), HQ);
		assertThat(Tasks.roleOn(this.tasks.get(item.id(), KJJ), KJJ)).contains(TaskRole.COOPERATOR);
		assertThatThrownBy(() -> this.tasks.act(item.id(), TaskAction.ACCEPT, Tasks.ActionInput.none(), KJJ))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void strikingOffAnItemOnAnUnmetIndicatorIsRefusedWithoutAWrittenReason() {
		TaskItem item = newItem("KJJ", List.of("C07"));
		walkToVerified(item);
		assertThatThrownBy(() -> this.tasks.act(item.id(), TaskAction.STRIKE_OFF, Tasks.ActionInput.none(), HQ))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("task.rule.stillUnmet");
		assertThat(this.tasks.get(item.id(), HQ).status()).isEqualTo(TaskStatus.VERIFIED);
		TaskItem struck = this.tasks.act(item.id(), TaskAction.STRIKE_OFF, new Tasks.ActionInput(null, null, null,
				"38 certificates issued in 2022, evaluation pending", null, null), HQ);
		assertThat(struck.status()).isEqualTo(TaskStatus.STRUCK_OFF);
		assertThat(this.audit.forRecord(Tasks.ENTITY, ZONE + "/" + item.id())).anySatisfy((e) -> {
			assertThat(e.field()).isEqualTo("override");
			assertThat(e.newValue()).contains("38 certificates");
		});
	}

	@Test
	void everyTransitionIsAuditedWithWhoOldAndNew() {
		TaskItem item = newItem("KJJ", List.of());
		walkToVerified(item);
		this.tasks.act(item.id(), TaskAction.STRIKE_OFF, Tasks.ActionInput.none(), HQ);
		List<AuditEntry> lines = this.audit.forRecord(Tasks.ENTITY, ZONE + "/" + item.id());
		assertThat(
				lines.stream().filter((e) -> "status".equals(e.field())).map((e) -> e.oldValue() + "→" + e.newValue()))
			.containsExactly("ASSIGNED→ACCEPTED", "ACCEPTED→IN_PROGRESS", "IN_PROGRESS→COMPLETION_REQUESTED",
					"COMPLETION_REQUESTED→VERIFIED", "VERIFIED→STRUCK_OFF");
		assertThat(this.tasks.timeline(item.id(), HQ)).extracting(TaskEvent::kind)
			.containsExactly(EventKind.CREATED, EventKind.ACCEPTED, EventKind.REPORTED, EventKind.COMPLETION_REQUESTED,
					EventKind.VERIFIED, EventKind.STRUCK_OFF);
	}

	@Test
	void aReturnNeedsACommentAndSendsTheItemBackToWork() {
		TaskItem item = newItem("KJJ", List.of());
		this.tasks.act(item.id(), TaskAction.ACCEPT, Tasks.ActionInput.none(), KJJ);
		this.tasks.act(item.id(), TaskAction.REQUEST_COMPLETION, Tasks.ActionInput.none(), KJJ);
		assertThatThrownBy(() -> this.tasks.act(item.id(), TaskAction.RETURN, Tasks.ActionInput.none(), HQ))
			.hasMessageContaining("validation.required");
		assertThat(
				this.tasks.act(item.id(), TaskAction.RETURN, Tasks.ActionInput.comment("missing proof"), HQ).status())
			.isEqualTo(TaskStatus.IN_PROGRESS);
	}

	@Test
	void anActionOnAStaleVersionIsAConflictAndWritesNothing() {
		TaskItem item = newItem("KJJ", List.of());
		this.tasks.act(item.id(), TaskAction.ACCEPT, Tasks.ActionInput.none(), KJJ);
		assertThatThrownBy(() -> this.tasks.act(item.id(), TaskAction.CANCEL,
				new Tasks.ActionInput("late", null, null, null, null, item.version()), HQ))
			.isInstanceOf(EditConflict.class);
		assertThat(this.tasks.get(item.id(), HQ).status()).isEqualTo(TaskStatus.ACCEPTED);
	}

	@Test
	void anOverdueItemIsRemindedOnceADayAndShowsInTheDigest() {
		LocalDate today = this.tasks.today();
		TaskItem item = this.tasks.create(ZONE,
				new TaskDraft("逾期测试事项", null, "SWW", List.of(), "孙丽", today.minusDays(2), null, List.of(), List.of()),
				HQ);
		assertThat(this.tasks.get(item.id(), HQ).due(today, 7)).isEqualTo(DueState.OVERDUE);
		assertThat(this.tasks.list(ZONE, new TaskFilter(null, null, null, DueState.OVERDUE, null), HQ))
			.extracting(TaskItem::id)
			.contains(item.id());
		int first = this.supervision.remind(today);
		assertThat(first).isPositive();
		assertThat(this.supervision.remind(today)).isZero();
		assertThat(this.supervision.reminders(ZONE, HQ, 500)).filteredOn((r) -> r.taskId() == item.id())
			.singleElement()
			.satisfies((r) -> assertThat(r.daysOverdue()).isEqualTo(2));
		Digest digest = this.supervision.digest(ZONE, today, HQ);
		assertThat(digest.overdue()).extracting(TaskItem::id).contains(item.id());
		assertThat(digest.changes()).anySatisfy((c) -> assertThat(c.item().id()).isEqualTo(item.id()));
		// the department sees its own reminders only
		assertThat(this.supervision.reminders(ZONE, KJJ, 500)).noneMatch((r) -> r.taskId() == item.id());
		assertThat(this.supervision.reminders(ZONE, SWW, 500)).anyMatch((r) -> r.taskId() == item.id());
	}

	@Test
	void theDemoCarriesItemsInEveryState() {
		assertThat(this.tasks.list(ZONE, TaskFilter.all(), HQ)).extracting(TaskItem::status)
			.contains(TaskStatus.values());
		assertThat(this.tasks.list(ZONE, TaskFilter.all(), KJJ)).isNotEmpty()
			.anyMatch((i) -> i.leadDepartment().equals("KJJ") && i.status() == TaskStatus.ASSIGNED);
	}

	private TaskItem newItem(String lead, List<String> indicators) {
		LocalDate today = this.tasks.today();
		return this.tasks.create(ZONE,
				new TaskDraft("测试事项", "说明", lead, List.of(), "王磊", today.plusDays(30),
						indicators.isEmpty() ? null : "CQ-MUNICIPAL-HTZ", indicators,
						List.of(new MilestoneDraft(today.plusDays(10), "第一节点", new BigDecimal("20")))),
				HQ);
	}

	private void walkToVerified(TaskItem item) {
		DataScope lead = new DataScope(Role.DEPARTMENT, ZONE, null, null, item.leadDepartment());
		this.tasks.act(item.id(), TaskAction.ACCEPT, Tasks.ActionInput.none(), lead);
		this.tasks.act(item.id(), TaskAction.REPORT,
				new Tasks.ActionInput(null, item.milestones().get(0).id(), new BigDecimal("20"), null, null, null),
				lead);
		this.tasks.act(item.id(), TaskAction.REQUEST_COMPLETION, Tasks.ActionInput.none(), lead);
		this.tasks.act(item.id(), TaskAction.VERIFY, Tasks.ActionInput.none(), HQ);
	}

}
