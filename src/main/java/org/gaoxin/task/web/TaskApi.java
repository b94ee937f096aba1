package org.gaoxin.task.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.region.Regions;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.ReportingYears;
import org.gaoxin.task.Attachment;
import org.gaoxin.task.Digest;
import org.gaoxin.task.DueState;
import org.gaoxin.task.IndicatorOwner;
import org.gaoxin.task.IndicatorOwners;
import org.gaoxin.task.Reminder;
import org.gaoxin.task.ShortfallLists;
import org.gaoxin.task.Supervision;
import org.gaoxin.task.TaskAction;
import org.gaoxin.task.TaskDraft;
import org.gaoxin.task.TaskDraft.MilestoneDraft;
import org.gaoxin.task.TaskEvent;
import org.gaoxin.task.TaskFilter;
import org.gaoxin.task.TaskItem;
import org.gaoxin.task.TaskRole;
import org.gaoxin.task.TaskRules;
import org.gaoxin.task.TaskStatus;
import org.gaoxin.task.Tasks;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Supervision",
		description = "Shortfall action lists and headquarters' supervision (督查督办): items, the workflow, reminders, the weekly digest, indicator owners."
				+ " Headquarters and administrators of the zone supervise; a department sees the items it leads or cooperates on and acts on those it leads; viewers read; enterprise users and chain leaders are refused (403).")
class TaskApi {

	private final Tasks tasks;

	private final ShortfallLists lists;

	private final Supervision supervision;

	private final IndicatorOwners owners;

	private final ReportingYears years;

	private final Regions regions;

	TaskApi(Tasks tasks, ShortfallLists lists, Supervision supervision, IndicatorOwners owners, ReportingYears years,
			Regions regions) {
		this.tasks = tasks;
		this.lists = lists;
		this.supervision = supervision;
		this.owners = owners;
		this.years = years;
		this.regions = regions;
	}

	@GetMapping("/api/v1/zones/{zone}/tasks")
	@Operation(summary = "The zone's items the caller sees, by deadline",
			description = "Filters: status, department (lead), indicator, due (OVERDUE, DUE_SOON, ON_TIME, CLOSED).")
	List<ItemView> list(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@RequestParam(required = false) String status, @RequestParam(required = false) String department,
			@RequestParam(required = false) String indicator, @RequestParam(required = false) String due) {
		Tasks.requireParticipant(me.scope());
		return this.tasks
			.list(zone,
					new TaskFilter(TaskPages.choice(TaskStatus.class, "status", status), TaskPages.trim(department, 32),
							TaskPages.trim(indicator, 32), TaskPages.choice(DueState.class, "due", due), null),
					me.scope())
			.stream()
			.map(this::view)
			.toList();
	}

	@PostMapping("/api/v1/zones/{zone}/tasks")
	@Operation(summary = "交办: put an item on the list by hand (headquarters); audited")
	ResponseEntity<ItemView> create(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@RequestBody ItemRequest request) {
		Tasks.requireParticipant(me.scope());
		if (!Tasks.canSupervise(me.scope(), zone)) {
			throw new AccessDeniedException("Only headquarters assigns items");
		}
		TaskItem item = this.tasks.create(zone, request.draft(), me.scope());
		return ResponseEntity.status(201).body(view(item));
	}

	@PostMapping("/api/v1/zones/{zone}/tasks/generate")
	@Operation(summary = "列出清单: generate the list from an evaluation (headquarters)",
			description = "One item per unmet indicator and per indicator the targets project at risk, with the gap, the owner department, the pilot's deadline and the path's suggestion. Idempotent: an indicator with an open generated item for the zone, year and standard is not added again.")
	ShortfallLists.Generation generate(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String standard) {
		Tasks.requireParticipant(me.scope());
		if (!Tasks.canSupervise(me.scope(), zone)) {
			throw new AccessDeniedException("Only headquarters generates the list");
		}
		this.regions.readable(zone, me.scope());
		int shown = (year != null) ? year : this.years.defaultYear(zone);
		if (!this.years.years(zone).contains(shown)) {
			throw new InputRefused("year", "zoneYear", zone, this.years.years(zone));
		}
		return this.lists.generate(zone, shown, TaskPages.trim(standard, 64), me.scope());
	}

	@GetMapping("/api/v1/zones/{zone}/tasks/{id}")
	@Operation(
			summary = "An item with its timeline, attachments and the actions the caller may take (404 outside the caller's scope)")
	ItemDetail item(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone, @PathVariable long id) {
		TaskItem item = this.tasks.get(zone, id, me.scope());
		TaskRole role = Tasks.roleOn(item, me.scope()).orElseThrow();
		return new ItemDetail(view(item), role, actions(item, role), this.tasks.timeline(id, me.scope()),
				this.tasks.attachments(id, me.scope()));
	}

	@PutMapping("/api/v1/zones/{zone}/tasks/{id}")
	@Operation(summary = "Change an item (headquarters); version: the one read, else 409 naming who changed it")
	ItemView edit(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone, @PathVariable long id,
			@RequestBody ItemRequest request) {
		Tasks.requireParticipant(me.scope());
		this.tasks.get(zone, id, me.scope());
		return view(this.tasks.edit(id, request.draft(), request.version(), me.scope()));
	}

	@PostMapping("/api/v1/zones/{zone}/tasks/{id}/milestones")
	@Operation(summary = "Add a milestone (headquarters or the lead department)")
	ItemView milestone(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone, @PathVariable long id,
			@RequestBody MilestoneRequest request) {
		Tasks.requireParticipant(me.scope());
		requireActor(me);
		this.tasks.get(zone, id, me.scope());
		return view(this.tasks.addMilestone(id,
				new MilestoneDraft(request.dueDate(), request.result(), request.targetValue()), me.scope()));
	}

	@PostMapping("/api/v1/zones/{zone}/tasks/{id}/actions")
	@Operation(summary = "A step of the workflow",
			description = "ACCEPT, REPORT (milestoneId and figure or comment), REQUEST_COMPLETION by the lead department; VERIFY, RETURN (comment), STRIKE_OFF (override: a written reason, required while a linked indicator is unmet in the latest evaluation), CANCEL (comment: the reason) by headquarters. 403 for an action not the caller's, 409 for one that does not apply in the item's status or a stale version.")
	ItemView act(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone, @PathVariable long id,
			@RequestBody ActionRequest request) {
		Tasks.requireParticipant(me.scope());
		requireActor(me);
		this.tasks.get(zone, id, me.scope());
		if (request.action() == null) {
			throw new InputRefused("action", "required");
		}
		return view(this.tasks.act(id, request.action(), new Tasks.ActionInput(request.comment(), request.milestoneId(),
				request.figure(), request.override(), null, request.version()), me.scope()));
	}

	@GetMapping("/api/v1/zones/{zone}/tasks/{id}/attachments/{attachmentId}")
	@Operation(summary = "An attachment's file, for whoever may see its item")
	ResponseEntity<byte[]> attachment(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@PathVariable long id, @PathVariable long attachmentId) {
		this.tasks.get(zone, id, me.scope());
		return TaskController.send(this.tasks.download(id, attachmentId, me.scope()));
	}

	@GetMapping("/api/v1/zones/{zone}/tasks/reminders")
	@Operation(summary = "催办: the reminders of overdue items the caller sees, newest first")
	List<Reminder> reminders(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone) {
		return this.supervision.reminders(zone, me.scope(), 500);
	}

	@GetMapping("/api/v1/zones/{zone}/tasks/digest")
	@Operation(summary = "The weekly digest: changes in the week, items overdue, completion per department",
			description = "week: any day of the week (yyyy-mm-dd); this week without one.")
	Digest digest(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@RequestParam(required = false) LocalDate week) {
		Tasks.requireParticipant(me.scope());
		LocalDate day = (week != null) ? week : this.tasks.today();
		if (day.getYear() < 2000 || day.isAfter(this.tasks.today().plusYears(1))) {
			throw new InputRefused("week", "taskDate");
		}
		return this.supervision.digest(zone, day, me.scope());
	}

	@GetMapping("/api/v1/task-owners")
	@Operation(summary = "The department answering for each indicator of a standard (default: the first offered)")
	Map<String, IndicatorOwner> owners(@AuthenticationPrincipal GaoxinPrincipal me,
			@RequestParam(required = false) String standard) {
		return this.owners.of(this.owners.standard(TaskPages.trim(standard, 64)), me.scope());
	}

	@PutMapping("/api/v1/task-owners/{standard}/{indicator}")
	@Operation(summary = "Set the department answering for an indicator (headquarters, administrators); audited")
	IndicatorOwner setOwner(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String standard,
			@PathVariable String indicator, @RequestBody OwnerRequest request) {
		return this.owners.set(standard, indicator, request.department(), request.version(), me.scope());
	}

	private ItemView view(TaskItem item) {
		return new ItemView(item, item.due(this.tasks.today(), this.tasks.soonDays()), item.nextDue());
	}

	private static void requireActor(GaoxinPrincipal me) {
		TaskController.requireActor(me);
	}

	/** An item with how it stands today. */
	record ItemView(TaskItem item, DueState due, LocalDate nextDue) {
	}

	/**
	 * An item with the caller's part on it, the actions the caller may take now, its
	 * timeline and its attachments.
	 */
	record ItemDetail(ItemView item, TaskRole role, List<TaskAction> actions, List<TaskEvent> timeline,
			List<Attachment> attachments) {
	}

	record ItemRequest(String title, String description, String leadDepartment, List<String> cooperators,
			String responsiblePerson, LocalDate deadline, String standard, List<String> indicators,
			List<MilestoneRequest> milestones, Integer version) {

		TaskDraft draft() {
			return new TaskDraft(this.title, this.description, this.leadDepartment, this.cooperators,
					this.responsiblePerson, this.deadline, this.standard, this.indicators,
					(this.milestones != null) ? this.milestones.stream()
						.map((m) -> (m != null) ? new MilestoneDraft(m.dueDate(), m.result(), m.targetValue())
								: new MilestoneDraft(null, null, null))
						.toList() : List.of());
		}

	}

	record MilestoneRequest(LocalDate dueDate, String result, BigDecimal targetValue) {
	}

	record ActionRequest(TaskAction action, String comment, Long milestoneId, BigDecimal figure, String override,
			Integer version) {
	}

	record OwnerRequest(String department, Integer version) {
	}

	static List<TaskAction> actions(TaskItem item, TaskRole role) {
		return TaskRules.available(item.status(), role);
	}

}
