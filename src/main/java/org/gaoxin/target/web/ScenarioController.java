package org.gaoxin.target.web;

import java.util.Arrays;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.evaluation.Scenario.Mode;
import org.gaoxin.filing.ReportField;
import org.gaoxin.platform.PlatformKind;
import org.gaoxin.platform.PlatformLevel;
import org.gaoxin.shared.EditConflict;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.MessageException;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.shared.web.Texts;
import org.gaoxin.statistics.ZoneFigures;
import org.gaoxin.target.SavedScenario;
import org.gaoxin.target.ScenarioChangeKind;
import org.gaoxin.target.ScenarioDraft;
import org.gaoxin.target.Scenarios;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The scenario editor (情景模拟): the zone's saved scenarios, a scenario's changes, and its
 * evaluation beside the stored data's. Running is open to whoever reads the zone; saving
 * to its staff.
 */
@Controller
class ScenarioController {

	private static final String VIEW = "target/scenarios";

	private final Scenarios scenarios;

	private final ScenarioForms forms;

	private final ZoneChoices choices;

	private final ZoneFigures figures;

	private final Texts texts;

	ScenarioController(Scenarios scenarios, ScenarioForms forms, ZoneChoices choices, ZoneFigures figures,
			Texts texts) {
		this.scenarios = scenarios;
		this.forms = forms;
		this.choices = choices;
		this.figures = figures;
		this.texts = texts;
	}

	@GetMapping("/targets/scenarios")
	String scenarios(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Long id, Model model) {
		TargetController.ZoneYear shown = TargetController.ZoneYear.required(me, zone, year, this.choices);
		String zoneCode = shown.zone().code();
		ScenarioForm form;
		if (id != null) {
			// a chain leader sees the changes about the chain's enterprises; the outcome
			// says how many were left out
			SavedScenario saved = this.scenarios.get(zoneCode, id, me.scope());
			ScenarioDraft readable = this.scenarios.readable(saved.draft(), me.scope());
			form = this.forms.form(id, readable, me.scope());
			form.setBasedOn(saved.version());
			model.addAttribute("leftOut", saved.draft().changes().size() - readable.changes().size());
			model.addAttribute("outcome", this.scenarios.evaluateSaved(zoneCode, id, me.scope()));
		}
		else {
			form = new ScenarioForm();
			form.setYear(shown.year());
			form.withBlankRows();
		}
		return show(me, shown, form, model);
	}

	/**
	 * Runs the scenario; with {@code more} (the "more rows" button) only gives the form
	 * more blank rows, keeping what was typed.
	 */
	@PostMapping("/targets/scenarios/evaluate")
	String evaluate(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam String zone,
			@RequestParam(required = false) String more, @ModelAttribute("form") ScenarioForm form, Model model) {
		TargetController.ZoneYear shown = TargetController.ZoneYear.required(me, zone, form.getYear(), this.choices);
		if (more != null) {
			form.getRows().removeIf(ScenarioForm.Row::blank);
			form.withBlankRows();
			form.withBlankRows();
			return show(me, shown, form, model);
		}
		try {
			ScenarioDraft draft = this.forms.draft(zone, form, shown.year(), me.scope());
			model.addAttribute("outcome", this.scenarios.evaluate(zone, withName(draft), me.scope()));
		}
		catch (MessageException ex) {
			model.addAttribute("error", this.texts.render(ex.text()));
			model.addAttribute("errorField", (ex instanceof InputRefused refused) ? refused.field() : null);
		}
		form.getRows().removeIf(ScenarioForm.Row::blank);
		form.withBlankRows();
		return show(me, shown, form, model);
	}

	@PostMapping("/targets/scenarios/save")
	String save(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam String zone,
			@ModelAttribute("form") ScenarioForm form, Model model, RedirectAttributes redirect) {
		TargetController.ZoneYear shown = TargetController.ZoneYear.required(me, zone, form.getYear(), this.choices);
		try {
			ScenarioDraft draft = this.forms.draft(zone, form, shown.year(), me.scope());
			SavedScenario saved = (form.getId() != null)
					? this.scenarios.update(zone, form.getId(), draft, form.getBasedOn(), me.scope())
					: this.scenarios.create(zone, draft, me.scope());
			redirect.addFlashAttribute("savedName", saved.draft().name());
			return "redirect:/targets/scenarios?zone=" + zone + "&id=" + saved.id();
		}
		catch (MessageException ex) {
			model.addAttribute("error", this.texts.render(ex.text()));
			model.addAttribute("errorField", (ex instanceof InputRefused refused) ? refused.field() : null);
			form.getRows().removeIf(ScenarioForm.Row::blank);
			form.withBlankRows();
			return show(me, shown, form, model);
		}
	}

	@PostMapping("/targets/scenarios/{id}/delete")
	String delete(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam String zone, @PathVariable long id,
			@RequestParam(required = false) Integer basedOn, RedirectAttributes redirect) {
		try {
			this.scenarios.delete(zone, id, basedOn, me.scope());
		}
		catch (EditConflict ex) {
			// saved by a colleague since it was opened: shown again as it is now, not
			// deleted
			redirect.addFlashAttribute("error", this.texts.render(ex.text()));
			return "redirect:/targets/scenarios?zone=" + zone + "&id=" + id;
		}
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/targets/scenarios?zone=" + zone;
	}

	private String show(GaoxinPrincipal me, TargetController.ZoneYear shown, ScenarioForm form, Model model) {
		String zoneCode = shown.zone().code();
		shown.addTo(model);
		model.addAttribute("form", form);
		model.addAttribute("savedScenarios", this.scenarios.list(zoneCode, me.scope()));
		model.addAttribute("canSave", Scenarios.canSave(me.scope(), zoneCode));
		model.addAttribute("kinds", ScenarioChangeKind.values());
		// adding comes first: the one mode every kind of change supports
		model.addAttribute("modes", java.util.List.of(Mode.ADD, Mode.SET, Mode.PERCENT));
		model.addAttribute("figureDefinitions", this.figures.definitions());
		model.addAttribute("fields", Arrays.stream(ReportField.values()).toList());
		model.addAttribute("platformKinds", PlatformKind.values());
		model.addAttribute("levels", PlatformLevel.values());
		return VIEW;
	}

	/** A scenario run without a name is still a scenario: it gets a placeholder name. */
	private ScenarioDraft withName(ScenarioDraft draft) {
		if (draft.name() != null && !draft.name().isBlank()) {
			return draft;
		}
		return new ScenarioDraft(this.texts.get("target.scenario.unnamed"), draft.description(), draft.year(),
				draft.standard(), draft.changes());
	}

}
