package org.gaoxin.target.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.shared.MessageException;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.shared.web.Texts;
import org.gaoxin.target.AccreditationPath;
import org.gaoxin.target.CountGoal;
import org.gaoxin.target.Path;
import org.gaoxin.target.PlannedCandidate;
import org.gaoxin.target.SavedScenario;
import org.gaoxin.target.ScenarioChange;
import org.gaoxin.target.ScenarioDraft;
import org.gaoxin.target.Scenarios;
import org.gaoxin.target.TargetTracking;
import org.gaoxin.target.Targets;
import org.gaoxin.target.UnitCosts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 达标路径: the path to full accreditation — candidates for the enterprise counts, growth for
 * the rest — with the budget mode, the zone's unit costs, and a goal's plan turned into a
 * scenario.
 */
@Controller
class PathController {

	private final AccreditationPath paths;

	private final TargetTracking tracking;

	private final Scenarios scenarios;

	private final ZoneChoices choices;

	private final Texts texts;

	PathController(AccreditationPath paths, TargetTracking tracking, Scenarios scenarios, ZoneChoices choices,
			Texts texts) {
		this.paths = paths;
		this.tracking = tracking;
		this.scenarios = scenarios;
		this.choices = choices;
		this.texts = texts;
	}

	@GetMapping("/targets/path")
	String path(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) BigDecimal budget,
			@RequestParam(required = false) BigDecimal rd, @RequestParam(required = false) BigDecimal staff,
			@RequestParam(required = false) BigDecimal ip, @RequestParam(required = false) BigDecimal revenue,
			Model model, HttpServletResponse response) {
		TargetController.ZoneYear shown = TargetController.ZoneYear.required(me, zone, year, this.choices);
		String zoneCode = shown.zone().code();
		Path path = this.paths.path(this.tracking.overview(zoneCode, shown.year(), me.scope()), me.scope());
		UnitCosts costs = path.costs();
		if (rd != null && staff != null && ip != null && revenue != null) {
			try {
				costs = new UnitCosts(rd, staff, ip, revenue, false);
			}
			catch (IllegalArgumentException ex) {
				refuseBudget(model, response, this.texts.get("target.path.error.costs"));
			}
		}
		if (budget != null) {
			try {
				model.addAttribute("plan", this.paths.budget(zoneCode, shown.year(), budget, costs, me.scope()));
			}
			catch (MessageException ex) {
				refuseBudget(model, response, this.texts.render(ex.text()));
			}
		}
		shown.addTo(model);
		model.addAttribute("path", path);
		model.addAttribute("costs", costs);
		model.addAttribute("budget", budget);
		model.addAttribute("canEdit", Targets.canEdit(me.scope(), zoneCode));
		model.addAttribute("canSave", Scenarios.canSave(me.scope(), zoneCode));
		// candidates come from the caller's scope: a chain leader's are the chain's only
		model.addAttribute("chainLimited", me.scope().chainCode() != null);
		return "target/path";
	}

	/** Headquarters keeps the unit costs as the zone's. */
	@PostMapping("/targets/path/costs")
	String costs(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam String zone, @RequestParam int year,
			@RequestParam BigDecimal rd, @RequestParam BigDecimal staff, @RequestParam BigDecimal ip,
			@RequestParam BigDecimal revenue, RedirectAttributes redirect) {
		try {
			this.paths.setUnitCosts(zone, new UnitCosts(rd, staff, ip, revenue, true), me.scope());
			redirect.addFlashAttribute("costsSaved", true);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("budgetError", this.texts.get("target.path.error.costs"));
		}
		return "redirect:/targets/path?zone=" + zone + "&year=" + year + "#budget";
	}

	/** The name, or the name with the first free " (2)", " (3)"… after it. */
	private String freeName(String zone, String name, GaoxinPrincipal me) {
		java.util.Set<String> taken = new java.util.HashSet<>();
		this.scenarios.list(zone, me.scope()).forEach((s) -> taken.add(s.draft().name()));
		String free = name;
		for (int n = 2; taken.contains(free); n++) {
			free = this.texts.get("target.path.scenarioCopy", name, n);
		}
		return free;
	}

	/**
	 * A budget or cost the page cannot compute with is refused beside the budget form, as
	 * a bad request (the rest of the page is still shown).
	 */
	private static void refuseBudget(Model model, HttpServletResponse response, String error) {
		model.addAttribute("budgetError", error);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
	}

	/**
	 * A goal's candidates (or a budget's) as a saved scenario: each gets a certificate,
	 * and the evaluation under it shows what the plan achieves.
	 */
	@PostMapping("/targets/path/scenario")
	String scenario(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam String zone, @RequestParam int year,
			@RequestParam(required = false) Integer goal, @RequestParam(required = false) BigDecimal budget,
			RedirectAttributes redirect) {
		List<PlannedCandidate> chosen;
		String name;
		if (budget != null) {
			chosen = this.paths.budget(zone, year, budget, null, me.scope()).chosen();
			name = this.texts.get("target.path.scenarioBudget",
					this.texts.get("target.money", org.gaoxin.shared.Money.thousandYuan(budget.movePointLeft(3))),
					year);
		}
		else {
			Path path = this.paths.path(zone, year, me.scope());
			CountGoal chosenGoal = path.highTech()
				.goals()
				.stream()
				.filter((g) -> (goal == null) ? g.threshold() : goal.equals(g.year()))
				.findFirst()
				.orElseThrow(() -> new org.gaoxin.shared.NotFoundException("No such goal"));
			chosen = chosenGoal.candidates();
			name = (chosenGoal.threshold()) ? this.texts.get("target.path.scenarioThreshold", chosenGoal.goal(), year)
					: this.texts.get("target.path.scenarioGoal", chosenGoal.goal(), chosenGoal.year(), year);
		}
		List<ScenarioChange> changes = chosen.stream()
			.map((c) -> ScenarioChange.highTechFor(c.enterpriseId()))
			.toList();
		try {
			// a saved scenario is never overwritten (a colleague may have edited it): the
			// plan becomes a new one, under the first free name
			String free = freeName(zone, name, me);
			SavedScenario saved = this.scenarios.create(zone, new ScenarioDraft(free, null, year, null, changes),
					me.scope());
			redirect.addFlashAttribute("savedName", saved.draft().name());
			if (!free.equals(name)) {
				redirect.addFlashAttribute("keptName", name);
			}
			return "redirect:/targets/scenarios?zone=" + zone + "&id=" + saved.id();
		}
		catch (MessageException ex) {
			redirect.addFlashAttribute("error", this.texts.render(ex.text()));
			return "redirect:/targets/path?zone=" + zone + "&year=" + year;
		}
	}

}
