package org.gaoxin.task.web;

import java.util.Arrays;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.region.ZoneYear;
import org.gaoxin.shared.EditConflict;
import org.gaoxin.shared.MessageException;
import org.gaoxin.standard.Standard;
import org.gaoxin.standard.Standards;
import org.gaoxin.task.HqPost;
import org.gaoxin.task.IndicatorOwners;
import org.gaoxin.task.Organisation;
import org.gaoxin.task.Tasks;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisation of supervision: headquarters' posts, the departments' people, and the
 * department answering for each indicator; headquarters and administrators change them.
 */
@Controller
class OrganisationController {

	private final Organisation organisation;

	private final IndicatorOwners owners;

	private final Standards standards;

	private final TaskPages pages;

	OrganisationController(Organisation organisation, IndicatorOwners owners, Standards standards, TaskPages pages) {
		this.organisation = organisation;
		this.owners = owners;
		this.standards = standards;
		this.pages = pages;
	}

	@GetMapping("/tasks/organisation")
	String show(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) String standard, Model model) {
		ZoneYear shown = this.pages.zone(me, zone, null);
		Standard chosen = this.standards.resolve(TaskPages.trim(standard, 64));
		this.pages.common(shown, model);
		model.addAttribute("people", this.organisation.people(shown.zone().code(), me.scope()));
		model.addAttribute("standard", chosen);
		model.addAttribute("owners", this.owners.of(chosen.code(), me.scope()));
		model.addAttribute("canEditOwners", IndicatorOwners.canEdit(me.scope()));
		model.addAttribute("canEditPeople", Tasks.canSupervise(me.scope(), shown.zone().code()));
		model.addAttribute("posts", HqPost.values());
		return "task/organisation";
	}

	@PostMapping("/tasks/owners")
	String setOwner(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) String standard, @RequestParam(required = false) String indicator,
			@RequestParam(required = false) String department, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		Tasks.requireParticipant(me.scope());
		if (!IndicatorOwners.canEdit(me.scope())) {
			throw new AccessDeniedException("Only headquarters sets owners");
		}
		Standard chosen = this.standards.resolve(TaskPages.trim(standard, 64));
		try {
			this.owners.set(chosen.code(), TaskPages.trim(indicator, 32), TaskPages.trim(department, 32), version,
					me.scope());
			redirect.addFlashAttribute("ownerSaved", indicator);
		}
		catch (MessageException ex) {
			redirect.addFlashAttribute("error", this.pages.refusal(ex));
			if (ex instanceof EditConflict) {
				redirect.addFlashAttribute("conflictIndicator", indicator);
			}
		}
		return "redirect:/tasks/organisation?standard=" + TaskController.encode(chosen.code())
				+ ((zone != null && TaskPages.trim(zone, 32) != null)
						? "&zone=" + TaskController.encode(TaskPages.trim(zone, 32)) : "")
				+ "#owners";
	}

	@PostMapping("/tasks/people")
	String addPerson(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) String post, @RequestParam(required = false) String department,
			@RequestParam(required = false) String title, @RequestParam(required = false) String name,
			@RequestParam(required = false) String username, RedirectAttributes redirect) {
		ZoneYear shown = this.pages.zone(me, zone, null);
		String zoneCode = shown.zone().code();
		if (!Tasks.canSupervise(me.scope(), zoneCode)) {
			throw new AccessDeniedException("Only headquarters keeps the organisation");
		}
		HqPost hqPost = Arrays.stream(HqPost.values()).filter((p) -> p.name().equals(post)).findFirst().orElse(null);
		try {
			this.organisation.add(zoneCode, hqPost, TaskPages.trim(department, 32), title, name,
					TaskPages.trim(username, 64), me.scope());
			redirect.addFlashAttribute("personSaved", true);
		}
		catch (MessageException ex) {
			redirect.addFlashAttribute("error", this.pages.refusal(ex));
		}
		return "redirect:/tasks/organisation?zone=" + TaskController.encode(zoneCode) + "#people";
	}

	@PostMapping("/tasks/people/{id}/delete")
	String removePerson(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@PathVariable long id) {
		ZoneYear shown = this.pages.zone(me, zone, null);
		String zoneCode = shown.zone().code();
		if (!Tasks.canSupervise(me.scope(), zoneCode)) {
			throw new AccessDeniedException("Only headquarters keeps the organisation");
		}
		this.organisation.remove(zoneCode, id, me.scope());
		return "redirect:/tasks/organisation?zone=" + TaskController.encode(zoneCode) + "#people";
	}

}
