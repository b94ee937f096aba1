package org.gaoxin.dashboard.web;

import java.util.List;
import java.util.Optional;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.evaluation.Evaluation;
import org.gaoxin.evaluation.Evaluator;
import org.gaoxin.filing.EnterpriseYears;
import org.gaoxin.region.Regions;
import org.gaoxin.region.Zone;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.region.ZoneYear;
import org.gaoxin.benchmark.RegionalBenchmark;
import org.gaoxin.benchmark.RegionalShares;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.statistics.ZoneFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page (驾驶舱): a zone's key figures for a chosen year, its place in the region
 * and its verdict against the accreditation standard.
 */
@Controller
class DashboardController {

	static final String VIEW = "dashboard/home";

	private static final Logger log = LoggerFactory.getLogger(DashboardController.class);

	private final ZoneChoices choices;

	private final ZoneFigures figures;

	private final RegionalBenchmark benchmark;

	private final EnterpriseYears filings;

	private final Evaluator evaluator;

	private final DashboardCards cards;

	private final Regions regions;

	DashboardController(ZoneChoices choices, ZoneFigures figures, RegionalBenchmark benchmark, EnterpriseYears filings,
			Evaluator evaluator, DashboardCards cards, Regions regions) {
		this.cards = cards;
		this.regions = regions;
		this.filings = filings;
		this.evaluator = evaluator;
		this.choices = choices;
		this.figures = figures;
		this.benchmark = benchmark;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, Model model) {
		if (me.scope().isEnterpriseUser()) {
			return "redirect:/enterprises/" + me.scope().enterpriseId();
		}
		// a chain leader's home is their chain; the zone's page stays one zone choice
		// away
		if (me.scope().chainCode() != null && zone == null && year == null) {
			return "redirect:/chains/" + me.scope().chainCode();
		}
		// a department's home is its own items and indicators (the task module's desk);
		// the zone's cockpit likewise stays one zone choice away
		if (me.scope().role() == Role.DEPARTMENT && zone == null && year == null) {
			return "redirect:/tasks/desk";
		}
		Optional<ZoneYear> choice = this.choices.choose(me, zone, year);
		if (choice.isEmpty()) {
			model.addAttribute("zones", List.of());
			return VIEW;
		}
		ZoneYear shownZone = choice.get();
		Zone selected = shownZone.zone();
		int shown = shownZone.year();
		model.addAttribute("choice", shownZone);
		model.addAttribute("zones", shownZone.zones());
		model.addAttribute("zone", selected);
		model.addAttribute("years", shownZone.years());
		model.addAttribute("year", shown);
		RegionalShares shares = this.benchmark.shares(selected.code(), shown, me.scope());
		model.addAttribute("figures", this.figures.of(selected.code(), shown, me.scope()));
		model.addAttribute("counts", shares.own());
		model.addAttribute("aboveSize", this.filings.aboveDesignatedSize(selected.code(), shown));
		model.addAttribute("shares", shares);
		Evaluation evaluation = evaluation(selected.code(), shown, me);
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("cards", this.cards.of(selected.code(), shown, evaluation, me.scope()));
		return VIEW;
	}

	/**
	 * The live cards again, for the page to refresh them without a reload (htmx, every
	 * minute): what waits for review and the data-quality alerts change as staff work.
	 */
	@GetMapping("/dashboard/cards")
	String cards(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam String zone, @RequestParam int year,
			Model model) {
		if (me.scope().isEnterpriseUser()) {
			throw new AccessDeniedException("The zone's dashboard is not for enterprise users");
		}
		this.regions.readable(zone, me.scope());
		if (!this.choices.offered(zone).contains(year)) {
			throw new NotFoundException("No year " + year + " of zone " + zone);
		}
		Evaluation evaluation = evaluation(zone, year, me);
		model.addAttribute("zone", this.regions.zone(zone));
		model.addAttribute("year", year);
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("cards", this.cards.of(zone, year, evaluation, me.scope()));
		return VIEW + " :: cards";
	}

	/**
	 * The zone-year judged against the default standard, where the flow from figures to
	 * verdict ends; null when it cannot be judged (no standard loaded, a stored standard
	 * that cannot be read or evaluated), so the dashboard shows the rest.
	 */
	private Evaluation evaluation(String zone, int year, GaoxinPrincipal me) {
		try {
			return this.evaluator.evaluate(zone, year, null, false, me.scope());
		}
		catch (NotFoundException | IllegalArgumentException | org.gaoxin.shared.MessageException ex) {
			log.debug("No evaluation of {} {} on the dashboard: {}", zone, year, ex.getMessage());
			return null;
		}
	}

}
