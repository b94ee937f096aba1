package org.gaoxin.task;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gaoxin.shared.ConflictException;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.Message;

/**
 * The supervision workflow as supervision offices run it, in plain code: 交办 → 签收 → 反馈 →
 * completion requested → 审核 → 销号; headquarters returns an item for rework with a comment
 * at either review and cancels one with a reason. No Spring, no SQL: the service asks
 * these rules and writes what they allow.
 */
public final class TaskRules {

	/** Days before a date at which an item counts as due soon (the default). */
	public static final int DUE_SOON_DAYS = 7;

	private static final Set<TaskStatus> WORKING = EnumSet.of(TaskStatus.ACCEPTED, TaskStatus.IN_PROGRESS);

	private static final Set<TaskStatus> UNDER_REVIEW = EnumSet.of(TaskStatus.COMPLETION_REQUESTED,
			TaskStatus.VERIFIED);

	private TaskRules() {
	}

	/** Who may take the action at all: the lead department or headquarters. */
	public static boolean mayAct(TaskAction action, TaskRole role) {
		return switch (action) {
			case ACCEPT, REPORT, REQUEST_COMPLETION -> role == TaskRole.LEAD;
			case VERIFY, RETURN, STRIKE_OFF, CANCEL -> role == TaskRole.SUPERVISOR;
		};
	}

	/** Whether the action applies to an item in the status. */
	public static boolean applies(TaskAction action, TaskStatus from) {
		return switch (action) {
			case ACCEPT -> from == TaskStatus.ASSIGNED;
			case REPORT, REQUEST_COMPLETION -> WORKING.contains(from);
			case VERIFY -> from == TaskStatus.COMPLETION_REQUESTED;
			case RETURN -> UNDER_REVIEW.contains(from);
			case STRIKE_OFF -> from == TaskStatus.VERIFIED;
			case CANCEL -> !from.closed();
		};
	}

	/** The actions the role may take on an item in the status, in workflow order. */
	public static List<TaskAction> available(TaskStatus from, TaskRole role) {
		return java.util.Arrays.stream(TaskAction.values()).filter((a) -> mayAct(a, role) && applies(a, from)).toList();
	}

	/**
	 * The status after the action. A return needs a comment and a cancellation a reason;
	 * an action that does not apply in the status is a conflict naming both. The caller
	 * has checked {@link #mayAct}.
	 */
	public static TaskStatus next(TaskStatus from, TaskAction action, String comment) {
		if (!applies(action, from)) {
			throw new ConflictException(Message.of("task.rule.notNow", action, from));
		}
		if ((action == TaskAction.RETURN || action == TaskAction.CANCEL) && blank(comment)) {
			throw new InputRefused("comment", "required");
		}
		return switch (action) {
			case ACCEPT -> TaskStatus.ACCEPTED;
			case REPORT -> TaskStatus.IN_PROGRESS;
			case REQUEST_COMPLETION -> TaskStatus.COMPLETION_REQUESTED;
			case VERIFY -> TaskStatus.VERIFIED;
			case RETURN -> TaskStatus.IN_PROGRESS;
			case STRIKE_OFF -> TaskStatus.STRUCK_OFF;
			case CANCEL -> TaskStatus.CANCELLED;
		};
	}

	/**
	 * 销号 checks the result: an item on indicators still unmet in the latest evaluation
	 * stays on the list unless headquarters writes why it strikes it off anyway.
	 */
	public static void checkStrikeOff(List<String> stillUnmet, String overrideReason) {
		if (!stillUnmet.isEmpty() && blank(overrideReason)) {
			throw new ConflictException(Message.of("task.rule.stillUnmet", String.join(", ", stillUnmet)));
		}
	}

	/**
	 * How an item stands on {@code today}: overdue after its next date, due soon within
	 * {@code soonDays} before it, closed once struck off or cancelled.
	 */
	public static DueState due(TaskStatus status, LocalDate next, LocalDate today, int soonDays) {
		if (status.closed() || status == TaskStatus.VERIFIED) {
			return DueState.CLOSED;
		}
		if (today.isAfter(next)) {
			return DueState.OVERDUE;
		}
		return today.plusDays(soonDays).isBefore(next) ? DueState.ON_TIME : DueState.DUE_SOON;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
