package org.gaoxin.task.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.region.ZoneYear;
import org.gaoxin.shared.EditConflict;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.web.Texts;
import org.gaoxin.standard.Standards;
import org.gaoxin.task.DueState;
import org.gaoxin.task.ShortfallLists;
import org.gaoxin.task.Supervision;
import org.gaoxin.task.TaskAction;
import org.gaoxin.task.TaskAttachments;
import org.gaoxin.task.TaskDraft.MilestoneDraft;
import org.gaoxin.task.TaskFilter;
import org.gaoxin.task.TaskItem;
import org.gaoxin.task.TaskRole;
import org.gaoxin.task.TaskRules;
import org.gaoxin.task.TaskStatus;
import org.gaoxin.task.Tasks;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 督查督办 pages: the zone's list with its filters and the generation from an evaluation, the
 * form of a new item, and an item's page (details, milestones, timeline, attachments, the
 * actions the caller may take). Scope is the service's: a department reaches only its own
 * items, also by id.
 */
@Controller
class TaskController {

	private final Tasks tasks;

	private final ShortfallLists lists;

	private final Supervision supervision;

	private final TaskAttachments attachments;

	private final ZoneChoices choices;

	private final Standards standards;

	private final TaskPages pages;

	private final org.gaoxin.task.Organisation organisation;

	TaskController(Tasks tasks, ShortfallLists lists, Supervision supervision, TaskAttachments attachments,
			ZoneChoices choices, Standards standards, TaskPages pages, org.gaoxin.task.Organisation organisation) {
		this.organisation = organisation;
		this.tasks = tasks;
		this.lists = lists;
		this.supervision = supervision;
		this.attachments = attachments;
		this.choices = choices;
		this.standards = standards;
		this.pages = pages;
	}

	@GetMapping("/tasks")
	String list(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
			@RequestParam(required = false) String department, @RequestParam(required = false) String indicator,
			@RequestParam(required = false) String due, @RequestParam(required = false) String q, Model model) {
		ZoneYear shown = this.pages.zone(me, zone, year);
		String zoneCode = shown.zone().code();
		TaskFilter filter = new TaskFilter(TaskPages.choice(TaskStatus.class, "status", status),
				TaskPages.trim(department, 32), TaskPages.trim(indicator, 32),
				TaskPages.choice(DueState.class, "due", due), TaskPages.trim(q, 100));
		List<TaskItem> items = this.tasks.list(zoneCode, filter, me.scope());
		this.pages.common(shown, model);
		model.addAttribute("items", items);
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("dueStates", List.of(DueState.OVERDUE, DueState.DUE_SOON, DueState.ON_TIME));
		model.addAttribute("canSupervise", Tasks.canSupervise(me.scope(), zoneCode));
		model.addAttribute("standardCode", this.standards.resolve(null).code());
		model.addAttribute("reminders", this.supervision.reminders(zoneCode, me.scope(), 10));
		return "task/list";
	}

	@PostMapping("/tasks/generate")
	String generate(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String standard,
			RedirectAttributes redirect) {
		Tasks.requireParticipant(me.scope());
		ZoneYear shown = this.pages.zone(me, zone, year);
		String zoneCode = shown.zone().code();
		if (!Tasks.canSupervise(me.scope(), zoneCode)) {
			throw new AccessDeniedException("Only headquarters generates the list");
		}
		ShortfallLists.Generation generation = this.lists.generate(zoneCode, shown.year(), TaskPages.trim(standard, 64),
				me.scope());
		redirect.addFlashAttribute("generation", generation);
		return "redirect:/tasks?zone=" + zoneCode + "&year=" + shown.year();
	}

	@GetMapping("/tasks/new")
	String newItem(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			Model model) {
		ZoneYear shown = this.pages.zone(me, zone, null);
		requireSupervisor(me, shown.zone().code());
		return form(me, shown, TaskForm.blank(), null, model);
	}

	@PostMapping("/tasks")
	String create(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@ModelAttribute("form") TaskForm form, Model model) {
		Tasks.requireParticipant(me.scope());
		ZoneYear shown = this.pages.zone(me, zone, null);
		requireSupervisor(me, shown.zone().code());
		try {
			TaskItem item = this.tasks.create(shown.zone().code(), form.draft(this.standards.resolve(null).code()),
					me.scope());
			return "redirect:/tasks/" + item.id();
		}
		catch (MessageException ex) {
			model.addAttribute("error", this.pages.refusal(ex));
			model.addAttribute("errorField", (ex instanceof InputRefused refused) ? refused.field() : null);
			form.withBlankRows();
			return form(me, shown, form, null, model);
		}
	}

	@GetMapping("/tasks/{id}")
	String item(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long id, Model model) {
		TaskItem item = this.tasks.get(id, me.scope());
		return show(me, item, model);
	}

	@GetMapping("/tasks/{id}/edit")
	String editForm(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long id, Model model) {
		requireHeadquarters(me);
		TaskItem item = this.tasks.get(id, me.scope());
		requireSupervisor(me, item.zoneCode());
		return form(me, this.pages.zone(me, item.zoneCode(), null), TaskForm.of(item), item, model);
	}

	@PostMapping("/tasks/{id}/edit")
	String edit(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long id,
			@ModelAttribute("form") TaskForm form, Model model, RedirectAttributes redirect) {
		requireHeadquarters(me);
		TaskItem item = this.tasks.get(id, me.scope());
		requireSupervisor(me, item.zoneCode());
		try {
			this.tasks.edit(id, form.draft(this.standards.resolve(null).code()), form.getVersion(), me.scope());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/tasks/" + id;
		}
		catch (MessageException ex) {
			model.addAttribute("error", this.pages.refusal(ex));
			model.addAttribute("errorField", (ex instanceof InputRefused refused) ? refused.field() : null);
			if (ex instanceof EditConflict conflict) {
				form.setVersion(conflict.currentVersion());
			}
			form.withBlankRows();
			return form(me, this.pages.zone(me, item.zoneCode(), null), form, item, model);
		}
	}

	@PostMapping("/tasks/{id}/milestones")
	String milestone(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long id,
			@RequestParam(required = false) String dueDate, @RequestParam(required = false) String result,
			@RequestParam(required = false) String targetValue, RedirectAttributes redirect) {
		Tasks.requireParticipant(me.scope());
		requireActor(me);
		try {
			this.tasks.addMilestone(id, new MilestoneDraft(TaskForm.date("milestone.dueDate", dueDate), result,
					TaskForm.number("milestone.targetValue", targetValue)), me.scope());
		}
		catch (MessageException ex) {
			redirect.addFlashAttribute("error", this.pages.refusal(ex));
			redirect.addFlashAttribute("typed", Map.of("dueDate", String.valueOf(dueDate), "result",
					String.valueOf(result), "targetValue", String.valueOf(targetValue)));
		}
		return "redirect:/tasks/" + id + "#milestones";
	}

	/**
	 * A step of the workflow from the item's page; a report may carry one file. A refusal
	 * comes back on the page with what was typed.
	 */
	@PostMapping("/tasks/{id}/act")
	String act(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long id,
			@RequestParam(required = false) String action, @RequestParam(required = false) String comment,
			@RequestParam(required = false) String milestone, @RequestParam(required = false) String figure,
			@RequestParam(required = false) String override, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
		Tasks.requireParticipant(me.scope());
		requireActor(me);
		this.tasks.get(id, me.scope());
		TaskAction chosen = Arrays.stream(TaskAction.values())
			.filter((a) -> a.name().equals(action))
			.findFirst()
			.orElseThrow(() -> new InputRefused("action", "invalid"));
		try {
			TaskAttachments.Upload upload = (file != null && !file.isEmpty())
					? this.attachments.upload(file.getOriginalFilename(), file.getBytes()) : null;
			Long milestoneId = (milestone != null && !milestone.isBlank()) ? parseId(milestone) : null;
			BigDecimal number = TaskForm.number("figure", figure);
			this.tasks.act(id, chosen, new Tasks.ActionInput(TaskPages.trim(comment, 4000), milestoneId, number,
					TaskPages.trim(override, 4000), upload, version), me.scope());
			redirect.addFlashAttribute("done", chosen);
		}
		catch (MessageException ex) {
			redirect.addFlashAttribute("error", this.pages.refusal(ex));
			redirect.addFlashAttribute("failedAction", chosen);
			redirect.addFlashAttribute("typed",
					Map.of("comment", String.valueOf(comment), "figure", String.valueOf(figure), "override",
							String.valueOf(override), "milestone", String.valueOf(milestone)));
		}
		return "redirect:/tasks/" + id;
	}

	@GetMapping("/tasks/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long id,
			@PathVariable long attachmentId) {
		return send(this.tasks.download(id, attachmentId, me.scope()));
	}

	static ResponseEntity<byte[]> send(TaskAttachments.Download file) {
		return org.gaoxin.shared.web.FileResponses.attachment(file.fileName(), file.contentType(), file.content());
	}

	/** The stored unit's name as the unit (null when none or no longer known). */
	private static org.gaoxin.shared.Unit unit(String name) {
		return Arrays.stream(org.gaoxin.shared.Unit.values())
			.filter((u) -> u.name().equals(name))
			.findFirst()
			.orElse(null);
	}

	private static Long parseId(String text) {
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InputRefused("milestone", "invalid");
		}
	}

	private String show(GaoxinPrincipal me, TaskItem item, Model model) {
		ZoneYear shown = this.pages.zone(me, item.zoneCode(), null);
		this.pages.common(shown, model);
		TaskRole role = Tasks.roleOn(item, me.scope()).orElseThrow();
		model.addAttribute("item", item);
		model.addAttribute("gapUnit", unit(item.gapUnit()));
		model.addAttribute("role", role);
		model.addAttribute("actions", TaskRules.available(item.status(), role));
		model.addAttribute("due", item.due(this.tasks.today(), this.tasks.soonDays()));
		model.addAttribute("timeline", this.tasks.timeline(item.id(), me.scope()));
		model.addAttribute("attachments", this.tasks.attachments(item.id(), me.scope()));
		model.addAttribute("stillUnmet", (item.status() == TaskStatus.VERIFIED && role == TaskRole.SUPERVISOR)
				? this.tasks.stillUnmet(item) : List.of());
		model.addAttribute("canPlan",
				!item.status().closed() && (role == TaskRole.SUPERVISOR || role == TaskRole.LEAD));
		model.addAttribute("canEdit", !item.status().closed() && role == TaskRole.SUPERVISOR);
		model.addAttribute("extensions", String.join(", ", TaskAttachments.extensions()));
		model.addAttribute("maxMegabytes", this.attachments.maxBytes() / (1024 * 1024));
		return "task/item";
	}

	private String form(GaoxinPrincipal me, ZoneYear shown, TaskForm form, TaskItem item, Model model) {
		this.pages.common(shown, model);
		model.addAttribute("people", this.organisation.people(shown.zone().code(), me.scope()));
		model.addAttribute("form", form);
		model.addAttribute("item", item);
		return "task/form";
	}

	private static void requireSupervisor(GaoxinPrincipal me, String zoneCode) {
		if (!Tasks.canSupervise(me.scope(), zoneCode)) {
			throw new AccessDeniedException("Only headquarters edits the list");
		}
	}

	/**
	 * Viewers read: they take no action on any item (refused before any item is looked
	 * up).
	 */
	static void requireActor(GaoxinPrincipal me) {
		if (me.role() == org.gaoxin.account.Role.VIEWER) {
			throw new AccessDeniedException("A viewer changes nothing");
		}
	}

	/** Changing an item is headquarters' (refused before any item is looked up). */
	private static void requireHeadquarters(GaoxinPrincipal me) {
		Tasks.requireParticipant(me.scope());
		if (me.role() != org.gaoxin.account.Role.ADMIN && me.role() != org.gaoxin.account.Role.HEADQUARTERS) {
			throw new AccessDeniedException("Only headquarters changes an item");
		}
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
