package org.gaoxin.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.evaluation.Contributor;
import org.gaoxin.evaluation.Evaluation;
import org.gaoxin.evaluation.Evaluator;
import org.gaoxin.evaluation.YearOverYear;
import org.gaoxin.evaluation.ScoreCard;
import org.gaoxin.evaluation.Scorer;
import org.gaoxin.standard.StandardKind;
import org.gaoxin.standard.Standards;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.util.List;
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

	private final Scorer scorer;

	private final Standards standards;

	EvaluationApi(Evaluator evaluator, Scorer scorer, Standards standards) {
		this.evaluator = evaluator;
		this.scorer = scorer;
		this.standards = standards;
	}

	@GetMapping
	@Operation(summary = "Evaluate a zone-year against a threshold or a scoring standard",
			description = "A threshold standard: every indicator's value, threshold, met/unmet, absolute and relative gap, gap class, formula and inputs; "
					+ "category summaries; the verdict (ACCREDITED, PILOT with its deadline, NOT_QUALIFIED, or INCOMPLETE when core data is missing) and why. "
					+ "A scoring standard (kind SCORING): the zone's total score and rank in the peer set, every peer's, each group's score against the best peer's "
					+ "and the points it costs, each indicator's value and normalised score, and what-ifs (the rank if a value, or a group's values, moved by whatIf % in the better direction).")
	@ApiResponse(responseCode = "200",
			content = @Content(schema = @Schema(oneOf = { Evaluation.class, ScoreCard.class })))
	Object evaluate(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone, @RequestParam int year,
			@Parameter(
					description = "CODE or CODE@VERSION; default: the first threshold standard loaded") @RequestParam(
							required = false) String standard,
			@Parameter(description = "count reports still awaiting approval (threshold standards)") @RequestParam(
					defaultValue = "false") boolean includePending,
			@Parameter(description = "scoring standards: the peer zones (codes of zones in the zone's region; "
					+ "default: every zone of the region)") @RequestParam(required = false) List<String> peers,
			@Parameter(description = "scoring standards: the what-if step in percent (default 10)") @RequestParam(
					required = false) BigDecimal whatIf) {
		Scorer.whatIfStep(whatIf);
		if (this.standards.resolve(standard).kind() == StandardKind.SCORING) {
			return this.scorer.score(zone, year, standard, peers, whatIf, me.scope());
		}
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
