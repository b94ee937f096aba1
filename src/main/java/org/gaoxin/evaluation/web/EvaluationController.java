package org.gaoxin.evaluation.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.evaluation.CategorySummary;
import org.gaoxin.evaluation.Contributor;
import org.gaoxin.evaluation.Evaluation;
import org.gaoxin.evaluation.Evaluator;
import org.gaoxin.evaluation.IndicatorResult;
import org.gaoxin.evaluation.InputValue;
import org.gaoxin.evaluation.QualitativeScores;
import org.gaoxin.evaluation.ScoreCard;
import org.gaoxin.evaluation.Scorer;
import org.gaoxin.standard.StandardKind;
import org.gaoxin.evaluation.Verdict;
import org.gaoxin.region.Regions;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.region.ZoneYear;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.Page;
import org.gaoxin.shared.PageRequest;
import org.gaoxin.standard.Standard;
import org.gaoxin.standard.Standards;
import org.gaoxin.shared.export.TableExport;
import org.gaoxin.shared.web.Texts;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The evaluation page: a zone-year against a standard, its verdict, gaps and charts; and
 * the drill-down.
 */
@Controller
class EvaluationController {

	private final Evaluator evaluator;

	private final Standards standards;

	private final Regions regions;

	private final ZoneChoices choices;

	private final Texts texts;

	private final Scorer scorer;

	private final QualitativeScores qualitative;

	EvaluationController(Evaluator evaluator, Standards standards, Regions regions, ZoneChoices choices, Texts texts,
			Scorer scorer, QualitativeScores qualitative) {
		this.scorer = scorer;
		this.qualitative = qualitative;
		this.evaluator = evaluator;
		this.standards = standards;
		this.regions = regions;
		this.choices = choices;
		this.texts = texts;
	}

	@GetMapping("/evaluation")
	String evaluation(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String standard,
			@RequestParam(defaultValue = "false") boolean pending, @RequestParam(required = false) List<String> peers,
			@RequestParam(required = false) java.math.BigDecimal whatIf, Model model) {
		Scorer.whatIfStep(whatIf);
		Optional<ZoneYear> choice = this.choices.choose(me, zone, year);
		if (choice.isEmpty()) {
			return "redirect:/";
		}
		String zoneCode = choice.get().zoneCode();
		int shown = choice.get().year();
		Standard chosen = this.standards.resolve(standard);
		model.addAttribute("choice", choice.get());
		model.addAttribute("zones", choice.get().zones());
		model.addAttribute("zone", choice.get().zone());
		model.addAttribute("years", choice.get().years());
		model.addAttribute("year", shown);
		model.addAttribute("standards", this.standards.offeredStandards());
		model.addAttribute("standard", chosen);
		model.addAttribute("pending", pending);
		if (chosen.kind() == StandardKind.SCORING) {
			ScoreCard card = this.scorer.score(zoneCode, shown, chosen.reference(), peers, whatIf, me.scope());
			model.addAttribute("card", card);
			model.addAttribute("peerChoices", this.scorer.peerChoices(zoneCode, me.scope()));
			model.addAttribute("peerCodes",
					card.peers().stream().map(ScoreCard.PeerRow::zoneCode).collect(Collectors.toSet()));
			model.addAttribute("canEnter", me.scope().canEditFigures(zoneCode));
			model.addAttribute("entered", this.qualitative.of(chosen.code(), zoneCode, shown, me.scope()));
			return "evaluation/scoring";
		}
		Evaluation evaluation = this.evaluator.evaluate(zoneCode, shown, chosen.reference(), pending, me.scope());
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("history", this.evaluator.yearOverYear(zoneCode, chosen.reference(), pending, me.scope()));
		return "evaluation/page";
	}

	/**
	 * The evaluation as a spreadsheet in the reader's language: headers and texts from
	 * the bundles; codes (indicator, status) and numbers as they are.
	 */
	@GetMapping("/evaluation/export.{format}")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String format,
			@RequestParam String zone, @RequestParam int year, @RequestParam(required = false) String standard,
			@RequestParam(defaultValue = "false") boolean pending, @RequestParam(required = false) List<String> peers,
			@RequestParam(required = false) java.math.BigDecimal whatIf, Locale locale) {
		Scorer.whatIfStep(whatIf);
		if (this.standards.resolve(standard).kind() == StandardKind.SCORING) {
			ScoreCard card = this.scorer.score(zone, year, standard, peers, whatIf, me.scope());
			ScoreCardTable table = ScoreCardTable.of(card, this.texts, locale);
			String name = "score-" + zone + "-" + year + "-" + card.standardCode();
			return "csv".equals(format)
					? TableExport.download(name + ".csv", TableExport.CSV,
							TableExport.csv(table.headers(), table.rows()))
					: TableExport.download(name + ".xlsx", TableExport.XLSX, TableExport
						.xlsx(this.texts.get("evaluation.scoring.sheet", locale), table.headers(), table.rows()));
		}
		Evaluation e = this.evaluator.evaluate(zone, year, standard, pending, me.scope());
		List<String> headers = Stream
			.of("code", "indicator", "category", "status", "value", "comparison", "threshold", "unit", "statusCode",
					"absoluteGap", "relativeGap", "formula", "verdict")
			.map((column) -> this.texts.get("evaluation.export." + column, locale))
			.toList();
		Verdict verdict = e.verdict();
		String summary = (verdict.deadlineYear() != null)
				? this.texts.get("evaluation.export.verdictSummaryDeadline", locale, verdict.outcome(),
						verdict.coreMet(), verdict.coreTotal(), verdict.deadlineYear())
				: this.texts.get("evaluation.export.verdictSummary", locale, verdict.outcome(), verdict.coreMet(),
						verdict.coreTotal());
		Map<String, LocalizedText> categories = e.categories()
			.stream()
			.collect(Collectors.toMap(CategorySummary::code, CategorySummary::name));
		List<List<Object>> rows = new ArrayList<>();
		for (IndicatorResult r : e.indicators()) {
			LocalizedText category = categories.get(r.category());
			rows.add(Arrays.asList(r.code(), r.name().in(locale),
					(category != null) ? category.in(locale) : r.category(), this.texts.label(r.status(), locale),
					(r.value() != null) ? r.value() : this.texts.render(r.valueText(), locale),
					this.texts.label(r.comparison(), locale), r.threshold(), this.texts.label(r.unit(), locale),
					r.status().name(), r.absoluteGap(), r.displayRelativeGap(), r.formula(), summary));
		}
		String name = "evaluation-" + zone + "-" + year + "-" + e.standardCode();
		return "csv".equals(format)
				? TableExport.download(name + ".csv", TableExport.CSV, TableExport.csv(headers, rows))
				: TableExport.download(name + ".xlsx", TableExport.XLSX,
						TableExport.xlsx(this.texts.get("evaluation.export.sheet", locale), headers, rows));
	}

	/**
	 * A qualitative score entered on the scoring page, by the zone's editors; back on the
	 * page with what was typed and why when it is refused.
	 */
	@PostMapping("/evaluation/qualitative")
	String enter(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam String zone, @RequestParam int year,
			@RequestParam String standard, @RequestParam String indicator, @RequestParam(required = false) String score,
			@RequestParam(required = false) String note, @RequestParam(defaultValue = "0") int version,
			RedirectAttributes redirect) {
		this.qualitative.requireEditor(zone, me.scope());
		Standard chosen = this.standards.resolve(standard);
		try {
			java.math.BigDecimal number = org.gaoxin.shared.Decimals.parse("score", score, 3, 2);
			this.qualitative.enter(chosen.reference(), indicator, zone, year, number, note, version, me.scope());
			redirect.addFlashAttribute("saved", indicator);
		}
		catch (org.gaoxin.shared.MessageException ex) {
			redirect.addFlashAttribute("error", this.texts.render(ex.text()));
			redirect.addFlashAttribute("errorIndicator", indicator);
			redirect.addFlashAttribute("typed",
					Map.of("score", String.valueOf(score), "note", (note != null) ? note : ""));
		}
		return "redirect:" + org.springframework.web.util.UriComponentsBuilder.fromPath("/evaluation")
			.queryParam("zone", zone)
			.queryParam("year", year)
			.queryParam("standard", chosen.reference())
			.fragment("qualitative")
			.encode()
			.build()
			.toUriString();
	}

	@GetMapping("/evaluation/explain")
	String explain(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam String zone, @RequestParam int year,
			@RequestParam String standard, @RequestParam String indicator,
			@RequestParam(defaultValue = "false") boolean pending, @RequestParam(required = false) String aggregate,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Evaluation evaluation = this.evaluator.evaluate(zone, year, standard, pending, me.scope());
		IndicatorResult result = evaluation.indicator(indicator)
			.orElseThrow(() -> new NotFoundException("No indicator " + indicator));
		model.addAttribute("zone", this.regions.zone(zone));
		model.addAttribute("year", year);
		model.addAttribute("standard", standard);
		model.addAttribute("pending", pending);
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("result", result);
		Standard judged = this.standards.resolve(evaluation.standardReference());
		model.addAttribute("formula", this.standards.formulas(judged).get(result.code()));
		model.addAttribute("inputNames", this.standards.inputNames(judged));
		String selected = (aggregate != null) ? aggregate
				: result.inputs()
					.stream()
					.filter(InputValue::isAggregate)
					.map(InputValue::name)
					.findFirst()
					.orElse(null);
		Optional<InputValue> input = result.inputs()
			.stream()
			.filter((candidate) -> candidate.name().equals(selected))
			.findFirst();
		if (input.isPresent()) {
			Page<Contributor> contributors = this.evaluator.contributors(zone, year, standard, selected, pending,
					me.scope(), new PageRequest(page, 25));
			model.addAttribute("aggregate", selected);
			model.addAttribute("platforms", input.get().kind() == InputValue.Kind.PLATFORM_AGGREGATE);
			model.addAttribute("contributors", contributors);
			// a chain leader's list holds the enterprises on the chain; the value counts
			// every enterprise of the zone
			Integer counted = input.get().records();
			model.addAttribute("counted", (counted != null && contributors.total() < counted) ? counted : null);
		}
		return "evaluation/explain";
	}

}
