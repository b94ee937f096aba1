package org.gaoxin.task;

import java.time.LocalDate;
import java.util.List;

import org.gaoxin.shared.ConflictException;
import org.gaoxin.shared.InputRefused;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The supervision workflow as supervision offices run it, rule by rule. */
class TaskRulesTest {

	@Test
	void theLeadDepartmentAcceptsReportsAndAsksForCompletion() {
		assertThat(TaskRules.available(TaskStatus.ASSIGNED, TaskRole.LEAD)).containsExactly(TaskAction.ACCEPT);
		assertThat(TaskRules.next(TaskStatus.ASSIGNED, TaskAction.ACCEPT, null)).isEqualTo(TaskStatus.ACCEPTED);
		assertThat(TaskRules.available(TaskStatus.ACCEPTED, TaskRole.LEAD)).containsExactly(TaskAction.REPORT,
				TaskAction.REQUEST_COMPLETION);
		assertThat(TaskRules.next(TaskStatus.ACCEPTED, TaskAction.REPORT, null)).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(TaskRules.next(TaskStatus.IN_PROGRESS, TaskAction.REQUEST_COMPLETION, null))
			.isEqualTo(TaskStatus.COMPLETION_REQUESTED);
		assertThat(TaskRules.available(TaskStatus.COMPLETION_REQUESTED, TaskRole.LEAD)).isEmpty();
	}

	@Test
	void headquartersVerifiesStrikesOffReturnsAndCancels() {
		assertThat(TaskRules.available(TaskStatus.COMPLETION_REQUESTED, TaskRole.SUPERVISOR))
			.containsExactly(TaskAction.VERIFY, TaskAction.RETURN, TaskAction.CANCEL);
		assertThat(TaskRules.next(TaskStatus.COMPLETION_REQUESTED, TaskAction.VERIFY, null))
			.isEqualTo(TaskStatus.VERIFIED);
		assertThat(TaskRules.available(TaskStatus.VERIFIED, TaskRole.SUPERVISOR)).containsExactly(TaskAction.RETURN,
				TaskAction.STRIKE_OFF, TaskAction.CANCEL);
		assertThat(TaskRules.next(TaskStatus.VERIFIED, TaskAction.STRIKE_OFF, null)).isEqualTo(TaskStatus.STRUCK_OFF);
		assertThat(TaskRules.next(TaskStatus.VERIFIED, TaskAction.RETURN, "redo")).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(TaskRules.available(TaskStatus.STRUCK_OFF, TaskRole.SUPERVISOR)).isEmpty();
		assertThat(TaskRules.available(TaskStatus.CANCELLED, TaskRole.SUPERVISOR)).isEmpty();
	}

	@Test
	void onlyHeadquartersReviewsAndOnlyTheLeadDepartmentWorks() {
		for (TaskAction action : List.of(TaskAction.VERIFY, TaskAction.RETURN, TaskAction.STRIKE_OFF,
				TaskAction.CANCEL)) {
			assertThat(TaskRules.mayAct(action, TaskRole.LEAD)).as(action.name()).isFalse();
			assertThat(TaskRules.mayAct(action, TaskRole.SUPERVISOR)).as(action.name()).isTrue();
		}
		for (TaskAction action : List.of(TaskAction.ACCEPT, TaskAction.REPORT, TaskAction.REQUEST_COMPLETION)) {
			assertThat(TaskRules.mayAct(action, TaskRole.SUPERVISOR)).as(action.name()).isFalse();
			assertThat(TaskRules.mayAct(action, TaskRole.LEAD)).as(action.name()).isTrue();
		}
		for (TaskAction action : TaskAction.values()) {
			assertThat(TaskRules.mayAct(action, TaskRole.COOPERATOR)).isFalse();
			assertThat(TaskRules.mayAct(action, TaskRole.READER)).isFalse();
		}
	}

	@Test
	void aReturnNeedsACommentACancellationAReasonAndNoStepIsSkipped() {
		assertThatThrownBy(() -> TaskRules.next(TaskStatus.COMPLETION_REQUESTED, TaskAction.RETURN, " "))
			.isInstanceOf(InputRefused.class);
		assertThatThrownBy(() -> TaskRules.next(TaskStatus.ASSIGNED, TaskAction.CANCEL, null))
			.isInstanceOf(InputRefused.class);
		assertThat(TaskRules.next(TaskStatus.ASSIGNED, TaskAction.CANCEL, "merged")).isEqualTo(TaskStatus.CANCELLED);
		assertThatThrownBy(() -> TaskRules.next(TaskStatus.ASSIGNED, TaskAction.REPORT, null))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> TaskRules.next(TaskStatus.IN_PROGRESS, TaskAction.STRIKE_OFF, null))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> TaskRules.next(TaskStatus.STRUCK_OFF, TaskAction.CANCEL, "late"))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void anItemOnAnUnmetIndicatorIsStruckOffOnlyWithAWrittenReason() {
		assertThatThrownBy(() -> TaskRules.checkStrikeOff(List.of("C07"), null)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> TaskRules.checkStrikeOff(List.of("C07"), "  ")).isInstanceOf(ConflictException.class);
		assertThatNoException().isThrownBy(() -> TaskRules.checkStrikeOff(List.of("C07"), "certificates issued"));
		assertThatNoException().isThrownBy(() -> TaskRules.checkStrikeOff(List.of(), null));
	}

	@Test
	void dueSoonWithinTheDaysBeforeOverdueAfterClosedWhenDone() {
		LocalDate due = LocalDate.of(2026, 6, 30);
		assertThat(TaskRules.due(TaskStatus.ACCEPTED, due, LocalDate.of(2026, 6, 22), 7)).isEqualTo(DueState.ON_TIME);
		assertThat(TaskRules.due(TaskStatus.ACCEPTED, due, LocalDate.of(2026, 6, 23), 7)).isEqualTo(DueState.DUE_SOON);
		assertThat(TaskRules.due(TaskStatus.ACCEPTED, due, due, 7)).isEqualTo(DueState.DUE_SOON);
		assertThat(TaskRules.due(TaskStatus.ACCEPTED, due, LocalDate.of(2026, 7, 1), 7)).isEqualTo(DueState.OVERDUE);
		assertThat(TaskRules.due(TaskStatus.STRUCK_OFF, due, LocalDate.of(2026, 7, 1), 7)).isEqualTo(DueState.CLOSED);
		assertThat(TaskRules.due(TaskStatus.VERIFIED, due, LocalDate.of(2026, 7, 1), 7)).isEqualTo(DueState.CLOSED);
	}

}
