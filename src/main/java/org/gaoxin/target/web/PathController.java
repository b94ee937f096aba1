package org.gaoxin.target.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.shared.InputRefused;
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
import org.gaoxin.target.TargetNumbers;
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

	/**
	 * The path, and with a budget the budget mode. The budget and each unit cost typed
	 * are read by the rule every number of the targets follows ({@link TargetNumbers}); a
	 * refused one comes back as a 400 with the page, the field named and what was typed
	 * kept beside the budget form ({@code budgetError}, {@code errorField},
	 * {@code typed}).
	 */
	@GetMapping("/targets/path")
	String path(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String budget,
			@RequestParam(required = false) String rd, @RequestParam(required = false) String staff,
			@RequestParam(required = false) String ip, @RequestParam(required = false) String revenue, Model model,
			HttpServletResponse response) {
		TargetController.ZoneYear shown = TargetController.ZoneYear.required(me, zone, year, this.choices);
		String zoneCode = shown.zone().code();
		Path path = this.paths.path(this.tracking.overview(zoneCode, shown.year(), me.scope()), me.scope());
		UnitCosts costs = path.costs();
		try {
			costs = costs.with(number("rd", rd), number("staff", staff), number("ip", ip), number("revenue", revenue));
			BigDecimal amount = number("budget", budget);
			if (amount != null) {
				model.addAttribute("plan", this.paths.budget(zoneCode, shown.year(), amount, costs, me.scope()));
			}
		}
		catch (InputRefused ex) {
			refuseBudget(model, response, refusal(ex));
			model.addAttribute("errorField", ex.field());
		}
		catch (MessageException ex) {
			refuseBudget(model, response, this.texts.render(ex.text()));
		}
		shown.addTo(model);
		model.addAttribute("path", path);
		model.addAttribute("costs", costs);
		// costs typed for this calculation only, not saved: neither the zone's nor
		// defaults
		model.addAttribute("costsTyped", costs != path.costs());
		model.addAttribute("budget", budget);
		if (!model.containsAttribute("typed")) {
			// a refused save of the costs brings what was typed back with it
			model.addAttribute("typed", typed(budget, rd, staff, ip, revenue));
		}
		model.addAttribute("canEdit", Targets.canEdit(me.scope(), zoneCode));
		model.addAttribute("canSave", Scenarios.canSave(me.scope(), zoneCode));
		// candidates come from the caller's scope: a chain leader's are the chain's only
		model.addAttribute("chainLimited", me.scope().chainCode() != null);
		return "target/path";
	}

	/**
	 * Headquarters keeps the unit costs as the zone's; a refused one comes back on the
	 * page with its field named and what was typed.
	 */
	@PostMapping("/targets/path/costs")
	String costs(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam String zone, @RequestParam int year,
			@RequestParam(required = false) String rd, @RequestParam(required = false) String staff,
			@RequestParam(required = false) String ip, @RequestParam(required = false) String revenue,
			RedirectAttributes redirect) {
		try {
			this.paths.setUnitCosts(zone,
					new UnitCosts(cost("rd", rd), cost("staff", staff), cost("ip", ip), cost("revenue", revenue), true),
					me.scope());
			redirect.addFlashAttribute("costsSaved", true);
		}
		catch (InputRefused ex) {
			redirect.addFlashAttribute("budgetError", refusal(ex));
			redirect.addFlashAttribute("errorField", ex.field());
			redirect.addFlashAttribute("typed", typed(null, rd, staff, ip, revenue));
		}
		return "redirect:/targets/path?zone=" + zone + "&year=" + year + "#budget";
	}

	/** A refused budget or cost told with the field's label on the page. */
	private String refusal(InputRefused ex) {
		String label = switch (ex.field()) {
			case "budget" -> "target.path.budget.amount";
			case "rd", "rdExpense" -> "target.path.cost.rd";
			case "staff", "stStaff" -> "target.path.cost.staff";
			case "ip", "ipItem" -> "target.path.cost.ip";
			case "revenue", "highTechRevenue" -> "target.path.cost.revenue";
			default -> null;
		};
		return this.texts.render((label != null) ? ex.textFor(this.texts.get(label)) : ex.text());
	}

	/** A number typed on the page (thousands separators allowed); blank is none. */
	private static BigDecimal number(String field, String text) {
		return (text == null || text.isBlank()) ? null : TargetNumbers.parse(field, text.replace(",", ""));
	}

	private static BigDecimal cost(String field, String text) {
		return TargetNumbers.nonNegative(field, number(field, text));
	}

	/** What was typed, by field, to show again. */
	private static Map<String, String> typed(String budget, String rd, String staff, String ip, String revenue) {
		Map<String, String> typed = new HashMap<>();
		typed.put("budget", budget);
		typed.put("rd", rd);
		typed.put("staff", staff);
		typed.put("ip", ip);
		typed.put("revenue", revenue);
		return typed;
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
