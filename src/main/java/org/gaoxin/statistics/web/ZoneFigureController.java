package org.gaoxin.statistics.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.audit.AuditLines;
import org.gaoxin.region.Regions;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.region.ZoneYear;
import org.gaoxin.statistics.FigureDefinition;
import org.gaoxin.statistics.ValueType;
import org.gaoxin.statistics.ZoneFigures;
import org.gaoxin.shared.Decimals;
import org.gaoxin.shared.EditConflict;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.web.Texts;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ZoneFigureController {

	private static final String VIEW = "statistics/figures";

	private final Regions regions;

	private final ZoneFigures figures;

	private final AuditLines audit;

	private final ZoneChoices choices;

	private final Texts texts;

	ZoneFigureController(Regions regions, ZoneFigures figures, AuditLines audit, ZoneChoices choices, Texts texts) {
		this.regions = regions;
		this.figures = figures;
		this.audit = audit;
		this.choices = choices;
		this.texts = texts;
	}

	/** The current zone's figures, or the zone and year the selectors chose. */
	@GetMapping("/figures")
	String figuresOfCurrentZone(@AuthenticationPrincipal GaoxinPrincipal me,
			@RequestParam(required = false) String zone, @RequestParam(required = false) Integer year,
			RedirectAttributes redirect) {
		Optional<ZoneYear> choice = this.choices.choose(me, zone, year);
		if (choice.isEmpty()) {
			return "redirect:/";
		}
		redirect.addAttribute("year", choice.get().year());
		return "redirect:/zones/" + choice.get().zoneCode() + "/figures";
	}

	@GetMapping("/zones/{zone}/figures")
	String figures(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@RequestParam(required = false) Integer year, Model model) {
		requireReader(me, zone);
		ZoneYear choice = this.choices.choose(me, zone, year).orElseThrow();
		int shown = choice.year();
		model.addAttribute("choice", choice);
		model.addAttribute("zones", choice.zones());
		model.addAttribute("zone", choice.zone());
		model.addAttribute("years", choice.years());
		model.addAttribute("year", shown);
		model.addAttribute("figures", this.figures.of(zone, shown, me.scope()));
		model.addAttribute("canEdit", me.scope().canEditFigures(zone));
		return VIEW;
	}

	@GetMapping("/zones/{zone}/figures/{code}/history")
	String history(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone, @PathVariable String code,
			@RequestParam int year, Model model, Locale locale) {
		requireReader(me, zone);
		FigureDefinition definition = this.figures.definition(code);
		model.addAttribute("zone", this.regions.zone(zone));
		model.addAttribute("year", year);
		model.addAttribute("definition", definition);
		model.addAttribute("history", this.audit.forRecord("zone_figure", zone + "/" + year + "/" + code, locale));
		return "statistics/history";
	}

	/**
	 * Saves one figure from its row of the form. The row carries the version it showed; a
	 * save on a stale copy comes back with whose value stands and what was typed, nothing
	 * overwritten; a refused value comes back on the row with the rule it breaks.
	 */
	@PostMapping("/zones/{zone}/figures/{code}")
	String update(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone, @PathVariable String code,
			@RequestParam int year, @RequestParam String value, @RequestParam(required = false) String source,
			@RequestParam int version, RedirectAttributes redirect) {
		FigureDefinition definition = this.figures.definition(code);
		redirect.addAttribute("year", year);
		try {
			this.figures.save(new ZoneFigures.FigureEdit(zone, year, code, number(definition, value),
					flag(definition, value), source, version), me.scope());
			redirect.addFlashAttribute("saved", code);
		}
		catch (EditConflict ex) {
			redirect.addFlashAttribute("conflict", code);
			redirect.addFlashAttribute("conflictMessage", this.texts.render(ex.text()));
			redirect.addFlashAttribute("typed", value);
		}
		catch (InputRefused ex) {
			redirect.addFlashAttribute("error", code);
			redirect.addFlashAttribute("errorMessage", this.texts.render(ex.text()));
			redirect.addFlashAttribute("typed", value);
		}
		return "redirect:/zones/" + zone + "/figures";
	}

	/** A number as typed; a yes/no figure takes none. */
	static BigDecimal number(FigureDefinition definition, String value) {
		if (definition.valueType() == ValueType.BOOLEAN) {
			return null;
		}
		return Decimals.parse("value", value.replace(",", ""), FigureDefinition.INTEGER_DIGITS, FigureDefinition.SCALE);
	}

	/** Yes or no, strictly: anything but true or false is refused, never read as no. */
	static Boolean flag(FigureDefinition definition, String value) {
		if (definition.valueType() != ValueType.BOOLEAN) {
			return null;
		}
		return switch (value.strip()) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> throw new InputRefused("value", "yesNo");
		};
	}

	private void requireReader(GaoxinPrincipal me, String zone) {
		this.regions.readable(zone, me.scope());
	}

}
