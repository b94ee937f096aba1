package org.gaoxin.evaluation.web;

import java.util.List;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.evaluation.Evaluation;
import org.gaoxin.evaluation.Evaluator;
import org.gaoxin.evaluation.IndicatorResult;
import org.gaoxin.evaluation.InputValue;
import org.gaoxin.region.Regions;
import org.gaoxin.region.Zone;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.PageRequest;
import org.gaoxin.standard.Standard;
import org.gaoxin.standard.Standards;
import org.gaoxin.shared.export.TableExport;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

	EvaluationController(Evaluator evaluator, Standards standards, Regions regions) {
		this.evaluator = evaluator;
		this.standards = standards;
		this.regions = regions;
	}

	@GetMapping("/evaluation")
	String evaluation(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String standard,
			@RequestParam(defaultValue = "false") boolean pending, Model model) {
		List<Zone> zones = this.regions.readableBy(me.scope());
		if (zones.isEmpty()) {
			return "redirect:/";
		}
		String zoneCode = (zone != null) ? zone : zones.get(0).code();
		List<Integer> years = this.evaluator.years(zoneCode);
		int shown = (year != null) ? year
				: years.isEmpty() ? java.time.Year.now().getValue() - 1 : years.get(years.size() - 1);
		Standard chosen = this.standards.resolve(standard);
		Evaluation evaluation = this.evaluator.evaluate(zoneCode, shown, chosen.reference(), pending, me.scope());
		model.addAttribute("zones", zones);
		model.addAttribute("zone", this.regions.zone(zoneCode));
		model.addAttribute("years", years);
		model.addAttribute("year", shown);
		model.addAttribute("standards", this.standards.list());
		model.addAttribute("standard", chosen);
		model.addAttribute("pending", pending);
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("history", this.evaluator.yearOverYear(zoneCode, chosen.reference(), pending, me.scope()));
		return "evaluation/page";
	}

	@GetMapping("/evaluation/export.{format}")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String format,
			@RequestParam String zone, @RequestParam int year, @RequestParam(required = false) String standard,
			@RequestParam(defaultValue = "false") boolean pending) {
		Evaluation e = this.evaluator.evaluate(zone, year, standard, pending, me.scope());
		List<String> headers = List.of("指标代码", "指标", "Indicator", "类别", "数值", "要求", "门槛值", "单位", "状态", "差距", "差距%",
				"公式", "结论 verdict");
		List<List<Object>> rows = new java.util.ArrayList<>();
		for (IndicatorResult r : e.indicators()) {
			rows.add(java.util.Arrays.asList(r.code(), r.name().zh(), r.name().en(), r.category(),
					(r.value() != null) ? r.value() : r.fact(), r.comparison().symbol(), r.threshold(),
					r.unit().symbolZh(), r.status().name(), r.absoluteGap(), r.displayRelativeGap(), r.formula(),
					e.verdict().outcome().nameZh() + " " + e.verdict().coreMet() + "/" + e.verdict().coreTotal()
							+ ((e.verdict().deadlineYear() != null) ? " " + e.verdict().deadlineYear() : "")));
		}
		String name = "evaluation-" + zone + "-" + year + "-" + e.standardCode();
		return "csv".equals(format)
				? TableExport.download(name + ".csv", TableExport.CSV, TableExport.csv(headers, rows))
				: TableExport.download(name + ".xlsx", TableExport.XLSX, TableExport.xlsx("认定评价", headers, rows));
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
		String selected = (aggregate != null) ? aggregate
				: result.inputs()
					.stream()
					.filter(InputValue::isAggregate)
					.map(InputValue::name)
					.findFirst()
					.orElse(null);
		if (selected != null && result.inputs().stream().anyMatch((input) -> input.name().equals(selected))) {
			model.addAttribute("aggregate", selected);
			model.addAttribute("contributors", this.evaluator.contributors(zone, year, standard, selected, pending,
					me.scope(), new PageRequest(page, 25)));
		}
		return "evaluation/explain";
	}

}
