package org.gaoxin.target.web;

import java.math.BigDecimal;
import java.util.List;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.region.Zone;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.shared.web.Texts;
import org.gaoxin.standard.Comparison;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Unit;
import org.gaoxin.standard.Standards;
import org.gaoxin.target.Metric;
import org.gaoxin.target.MetricKind;
import org.gaoxin.target.Target;
import org.gaoxin.target.TargetNumbers;
import org.gaoxin.target.TargetOverview;
import org.gaoxin.target.TargetTracking;
import org.gaoxin.target.Targets;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 目标与预警: a zone's targets seen from a data year — the traffic-light table, a chart per
 * metric, the headline, what turned worse — and headquarters' editing of the targets.
 */
@Controller
class TargetController {

	private final TargetTracking tracking;

	private final Targets targets;

	private final ZoneChoices choices;

	private final Texts texts;

	private final Standards standards;

	TargetController(TargetTracking tracking, Targets targets, ZoneChoices choices, Texts texts, Standards standards) {
		this.standards = standards;
		this.tracking = tracking;
		this.targets = targets;
		this.choices = choices;
		this.texts = texts;
	}

	@GetMapping("/targets")
	String targets(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, Model model) {
		ZoneYear shown = ZoneYear.required(me, zone, year, this.choices);
		TargetOverview overview = this.tracking.overview(shown.zone().code(), shown.year(), me.scope());
		shown.addTo(model);
		model.addAttribute("overview", overview);
		model.addAttribute("histories", this.targets.histories(shown.zone().code(), me.scope()));
		model.addAttribute("canEdit", Targets.canEdit(me.scope(), shown.zone().code()));
		// the years a target may be set for, first and last (the form's bounds)
		model.addAttribute("targetYears", this.targets.targetYears(shown.zone().code()));
		model.addAttribute("comparisons", List.of(Comparison.AT_LEAST, Comparison.AT_MOST));
		model.addAttribute("metricKinds", MetricKind.values());
		model.addAttribute("units", Unit.values());
		model.addAttribute("standards", standardChoices());
		return "target/targets";
	}

	/**
	 * Headquarters sets a target: a new one, or a new version of one. A refused value or
	 * year comes back on the page with its field named and what was typed.
	 */
	@PostMapping("/targets")
	String set(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam String zone, @RequestParam int year,
			@RequestParam String metric, @RequestParam int targetYear, @RequestParam String value,
			@RequestParam(defaultValue = "AT_LEAST") Comparison comparison,
			@RequestParam(required = false) String source, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		try {
			BigDecimal number = TargetNumbers.parse("value", value);
			this.targets.set(new Target(zone, metric, targetYear, number, comparison, 1,
					(source != null && !source.isBlank()) ? source.strip() : null), note, me.scope());
			redirect.addFlashAttribute("saved", metric + "/" + targetYear);
		}
		catch (MessageException ex) {
			redirect.addFlashAttribute("error", this.texts.render(ex.text()));
			redirect.addFlashAttribute("errorField", (ex instanceof InputRefused refused) ? refused.field() : null);
			redirect.addFlashAttribute("typed", java.util.Map.of("metric", metric, "targetYear", targetYear, "value",
					value, "comparison", comparison, "source", String.valueOf(source), "note", String.valueOf(note)));
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("error",
					(ex.text() != null) ? this.texts.render(ex.text()) : this.texts.get("error.notFound"));
		}
		return "redirect:/targets?zone=" + zone + "&year=" + year + "#target-table";
	}

	/**
	 * Headquarters defines what a metric measures (or redefines it under the same key).
	 */
	@PostMapping("/targets/metrics")
	String define(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam String zone, @RequestParam int year,
			@RequestParam String key, @RequestParam MetricKind kind, @RequestParam(required = false) String standard,
			@RequestParam String reference, @RequestParam Unit unit, @RequestParam String nameZh,
			@RequestParam(required = false) String nameEn, @RequestParam(defaultValue = "0") int position,
			RedirectAttributes redirect) {
		try {
			this.targets.define(new Metric(zone, key.strip(), kind,
					(standard != null && !standard.isBlank()) ? standard.strip() : null, reference.strip(), unit,
					new LocalizedText(nameZh.strip(), (nameEn != null) ? nameEn.strip() : null), position), me.scope());
			redirect.addFlashAttribute("metricSaved", key);
		}
		catch (MessageException ex) {
			redirect.addFlashAttribute("error", this.texts.render(ex.text()));
			redirect.addFlashAttribute("errorField", (ex instanceof InputRefused refused) ? refused.field() : null);
		}
		catch (IllegalArgumentException ex) {
			// a name without its Chinese text
			redirect.addFlashAttribute("error", this.texts.get("target.error.metric"));
		}
		return "redirect:/targets?zone=" + zone + "&year=" + year + "#metric-edit";
	}

	/** A standard a metric may name: its code, and its name to show. */
	record StandardChoice(String code, LocalizedText name) {
	}

	/**
	 * The standards offered (not retired), once per code, by the latest version's name.
	 */
	private List<StandardChoice> standardChoices() {
		return this.standards.offered(org.gaoxin.standard.StandardKind.THRESHOLD)
			.stream()
			.map(org.gaoxin.standard.StandardSummary::code)
			.distinct()
			.map((code) -> new StandardChoice(code, this.standards.get(code, null).name()))
			.toList();
	}

	/** The zone and data year a target page shows, with the choices around them. */
	record ZoneYear(List<Zone> zones, Zone zone, List<Integer> years, int year) {

		/**
		 * The zone and year a page shows or a form posts to; a user who reads no zone (an
		 * enterprise's) is refused, not sent elsewhere without a word.
		 */
		static ZoneYear required(GaoxinPrincipal me, String zoneCode, Integer year, ZoneChoices choices) {
			ZoneYear shown = of(me, zoneCode, year, choices);
			if (shown == null) {
				throw new org.springframework.security.access.AccessDeniedException("No zone to show");
			}
			return shown;
		}

		static ZoneYear of(GaoxinPrincipal me, String zoneCode, Integer year, ZoneChoices choices) {
			return choices.choose(me, zoneCode, year)
				.map((choice) -> new ZoneYear(choice.zones(), choice.zone(), choice.years(), choice.year()))
				.orElse(null);
		}

		void addTo(Model model) {
			model.addAttribute("zones", this.zones);
			model.addAttribute("zone", this.zone);
			model.addAttribute("years", this.years);
			model.addAttribute("year", this.year);
		}

	}

}
