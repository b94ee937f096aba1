package org.gaoxin.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.evaluation.Contributor;
import org.gaoxin.evaluation.Evaluation;
import org.gaoxin.evaluation.Evaluator;
import org.gaoxin.evaluation.YearOverYear;
import org.gaoxin.shared.Page;
import org.gaoxin.shared.PageRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/zones/{zone}/evaluations")
@Tag(name = "Evaluations", description = "A zone-year judged against an accreditation standard")
class EvaluationApi {

	private final Evaluator evaluator;

	EvaluationApi(Evaluator evaluator) {
		this.evaluator = evaluator;
	}

	@GetMapping
	@Operation(summary = "Evaluate a zone-year",
			description = "Every indicator's value, threshold, met/unmet, absolute and relative gap, gap class, formula and inputs; "
					+ "category summaries; the verdict (ACCREDITED, PILOT with its deadline, NOT_QUALIFIED, or INCOMPLETE when core data is missing) and why.")
	Evaluation evaluate(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone, @RequestParam int year,
			@Parameter(description = "CODE or CODE@VERSION; default: the first standard loaded") @RequestParam(
					required = false) String standard,
			@Parameter(description = "count reports still awaiting approval") @RequestParam(
					defaultValue = "false") boolean includePending) {
		return this.evaluator.evaluate(zone, year, standard, includePending, me.scope());
	}

	@GetMapping("/history")
	@Operation(summary = "The standard applied to every year with data, with the indicators that changed state")
	YearOverYearView history(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@RequestParam(required = false) String standard,
			@RequestParam(defaultValue = "false") boolean includePending) {
		YearOverYear history = this.evaluator.yearOverYear(zone, standard, includePending, me.scope());
		return new YearOverYearView(history.zoneCode(), history.standardReference(), history.years(),
				history.changes());
	}

	@GetMapping("/contributors")
	@Operation(
			summary = "The records behind an aggregate input (enterprises by credit code, or platforms), largest first")
	Page<Contributor> contributors(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@RequestParam int year, @RequestParam(required = false) String standard, @RequestParam String aggregate,
			@RequestParam(defaultValue = "false") boolean includePending, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.evaluator.contributors(zone, year, standard, aggregate, includePending, me.scope(),
				new PageRequest(page, size));
	}

	record YearOverYearView(String zoneCode, String standardReference, java.util.List<Evaluation> years,
			java.util.List<org.gaoxin.evaluation.StateChange> changes) {
	}

}
