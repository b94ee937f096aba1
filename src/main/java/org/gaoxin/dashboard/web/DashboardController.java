package org.gaoxin.dashboard.web;

import java.util.List;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.evaluation.Evaluation;
import org.gaoxin.evaluation.Evaluator;
import org.gaoxin.filing.EnterpriseYears;
import org.gaoxin.region.Regions;
import org.gaoxin.region.Zone;
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

	private final Regions regions;

	private final ZoneFigures figures;

	private final RegionalBenchmark benchmark;

	private final EnterpriseYears filings;

	private final Evaluator evaluator;

	DashboardController(Regions regions, ZoneFigures figures, RegionalBenchmark benchmark, EnterpriseYears filings,
			Evaluator evaluator) {
		this.filings = filings;
		this.evaluator = evaluator;
		this.regions = regions;
		this.figures = figures;
		this.benchmark = benchmark;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, Model model) {
		if (me.scope().isEnterpriseUser()) {
			return "redirect:/enterprises/" + me.scope().enterpriseId();
		}
		List<Zone> zones = this.regions.readableBy(me.scope());
		if (zones.isEmpty()) {
			model.addAttribute("zones", zones);
			return VIEW;
		}
		Zone selected = (zone == null) ? preferred(zones, me) : this.regions.readable(zone, me.scope());
		List<Integer> years = this.figures.years(selected.code());
		int shown = (year != null) ? year
				: years.isEmpty() ? java.time.Year.now().getValue() - 1 : years.get(years.size() - 1);
		model.addAttribute("zones", zones);
		model.addAttribute("zone", selected);
		model.addAttribute("years", years);
		model.addAttribute("year", shown);
		RegionalShares shares = this.benchmark.shares(selected.code(), shown, me.scope());
		model.addAttribute("figures", this.figures.of(selected.code(), shown, me.scope()));
		model.addAttribute("counts", shares.own());
		model.addAttribute("aboveSize", this.filings.aboveDesignatedSize(selected.code(), shown));
		model.addAttribute("shares", shares);
		model.addAttribute("evaluation", evaluation(selected.code(), shown, me));
		return VIEW;
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

	private static Zone preferred(List<Zone> zones, GaoxinPrincipal me) {
		return zones.stream()
			.filter((z) -> z.level() != org.gaoxin.region.ZoneLevel.INDUSTRIAL_PARK)
			.findFirst()
			.orElse(zones.get(0));
	}

}
