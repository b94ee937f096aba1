package org.gaoxin.target.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.ReportingYears;
import org.gaoxin.shared.Unit;
import org.gaoxin.standard.Comparison;
import org.gaoxin.target.AccreditationPath;
import org.gaoxin.target.BudgetPlan;
import org.gaoxin.target.Metric;
import org.gaoxin.target.MetricKind;
import org.gaoxin.target.Path;
import org.gaoxin.target.Target;
import org.gaoxin.target.TargetOverview;
import org.gaoxin.target.TargetTracking;
import org.gaoxin.target.TargetVersion;
import org.gaoxin.target.Targets;
import org.gaoxin.target.UnitCosts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/zones/{zone}")
@Tag(name = "Targets",
		description = "A zone's targets (data, versioned), their forecasts and statuses, and the path to full accreditation;"
				+ " texts as {code, text} in the request's language")
class TargetApi {

	private final Targets targets;

	private final TargetTracking tracking;

	private final AccreditationPath paths;

	private final ReportingYears years;

	TargetApi(Targets targets, TargetTracking tracking, AccreditationPath paths, ReportingYears years) {
		this.targets = targets;
		this.tracking = tracking;
		this.paths = paths;
		this.years = years;
	}

	@GetMapping("/targets")
	@Operation(summary = "The zone's metrics and targets, each target with every version it had")
	TargetsView targets(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone) {
		return new TargetsView(this.targets.metrics(zone, me.scope()), this.targets.targets(zone, me.scope()),
				this.targets.histories(zone, me.scope()));
	}

	// {targetYear}, not {year}: a target year lies ahead of the data years every
	// parameter named year is held to (Targets.targetYears)
	@PutMapping("/targets/{metric}/{targetYear}")
	@Operation(summary = "Set a target, or change it (a new version; the old one stays readable)",
			description = "Headquarters and administrators of the zone. Audited. The year: from the zone's first data year to 10 years past the last accepted data year.")
	Target setTarget(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@PathVariable String metric, @PathVariable int targetYear, @RequestBody TargetRequest request) {
		return this.targets.set(new Target(zone, metric, targetYear, request.value(),
				(request.comparison() != null) ? request.comparison() : Comparison.AT_LEAST, 1, request.source()),
				request.note(), me.scope());
	}

	@GetMapping("/targets/{metric}/{targetYear}/versions")
	@Operation(summary = "Every version of a target, first first (404 for a target never set)")
	List<TargetVersion> versions(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@PathVariable String metric, @PathVariable int targetYear) {
		return this.targets.history(zone, metric, targetYear, me.scope());
	}

	@PutMapping("/metrics/{key}")
	@Operation(summary = "Define what a metric measures",
			description = "INDICATOR (a standard's indicator code), FIGURE (a zone figure code), AGGREGATE (a formula over a standard's aggregates and the zone's figures, e.g. rd_institutions + st_service_institutions) or CORE_MET (core indicators met). Headquarters and administrators.")
	Metric define(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone, @PathVariable String key,
			@RequestBody MetricRequest request) {
		return this.targets.define(new Metric(zone, key, request.kind(), request.standard(), request.reference(),
				request.unit(), request.name(), (request.position() != null) ? request.position() : 0), me.scope());
	}

	@GetMapping("/forecasts")
	@Operation(
			summary = "Targets seen from a data year: actuals, growth achieved and required, forecasts with intervals, backtests, statuses, what turned worse, the headline",
			description = "Forecast: a straight line on the values or on their logarithms, chosen by the leave-one-out error, with the 80% prediction interval, never narrower than 5% of the value either side (then marked floor: stated, not measured); backtest fitted on the years before the data year. Status: on course when even the interval's unfavourable bound reaches the target, off course when even its favourable bound misses it, at risk otherwise.")
	TargetOverview forecasts(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@Parameter(description = "the data year; default: the latest with filed reports") @RequestParam(
					required = false) Integer year,
			@Parameter(
					description = "CODE or CODE@VERSION; default: the standard the zone's targets name") @RequestParam(
							required = false) String standard) {
		return this.tracking.overview(zone, (year != null) ? year : this.years.defaultYear(zone), standard, me.scope());
	}

	@GetMapping("/path")
	@Operation(summary = "The path to full accreditation from a data year",
			description = "For the high-tech count the cheapest pool candidates reaching the threshold and each target, with their gaps (R&D and high-tech revenue in thousand yuan, people, IP items) and totals, or how many are still missing; for the technology-based count the enterprises able to register; for the other unmet or at-risk core indicators the yearly growth needed by the deadline.")
	Path path(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@RequestParam(required = false) Integer year) {
		return this.paths.path(zone, (year != null) ? year : this.years.defaultYear(zone), me.scope());
	}

	@GetMapping("/path/budget")
	@Operation(summary = "The budget mode: the plan qualifying the most candidates within a support budget in yuan",
			description = "Exact: every candidate counts one, so the cheapest first is optimal. Unit costs (yuan per yuan of R&D lacking, per S&T employee, per IP item, per yuan of high-tech revenue lacking): each one given replaces the zone's. Budget and costs: not negative, at most 16 digits before the point and 4 after.")
	BudgetPlan budget(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@RequestParam(required = false) Integer year, @RequestParam BigDecimal budget,
			@RequestParam(required = false) BigDecimal rd, @RequestParam(required = false) BigDecimal staff,
			@RequestParam(required = false) BigDecimal ip, @RequestParam(required = false) BigDecimal revenue) {
		UnitCosts costs = this.paths.unitCosts(zone, me.scope()).with(rd, staff, ip, revenue);
		return this.paths.budget(zone, (year != null) ? year : this.years.defaultYear(zone), budget, costs, me.scope());
	}

	@GetMapping("/unit-costs")
	@Operation(summary = "What closing one unit of each high-tech gap costs in support, in yuan")
	UnitCosts unitCosts(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone) {
		return this.paths.unitCosts(zone, me.scope());
	}

	@PutMapping("/unit-costs")
	@Operation(summary = "Set the zone's unit costs (headquarters and administrators; audited)")
	UnitCosts setUnitCosts(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@RequestBody UnitCosts costs) {
		return this.paths.setUnitCosts(zone, costs, me.scope());
	}

	record TargetsView(List<Metric> metrics, List<Target> targets, Map<String, List<TargetVersion>> versions) {
	}

	record TargetRequest(BigDecimal value, Comparison comparison, String source, String note) {
	}

	record MetricRequest(MetricKind kind, String standard, String reference, Unit unit, LocalizedText name,
			Integer position) {
	}

}
