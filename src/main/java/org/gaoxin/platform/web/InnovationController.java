package org.gaoxin.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.chain.Chain;
import org.gaoxin.chain.Chains;
import org.gaoxin.platform.InnovationChain;
import org.gaoxin.platform.Platform;
import org.gaoxin.platform.PlatformKind;
import org.gaoxin.platform.PlatformLevel;
import org.gaoxin.platform.Platforms;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.region.ZoneYear;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.platform.TechContract;
import org.gaoxin.shared.web.Texts;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 创新服务链: the zone's institutions by kind and level in the year, the path from an
 * incubator to the enterprises it incubates to the chains they sit on, and the year's
 * technology-transfer contracts.
 */
@Controller
class InnovationController {

	private final Platforms platforms;

	private final InnovationChain innovation;

	private final Chains chains;

	private final ZoneChoices choices;

	private final Texts texts;

	InnovationController(Platforms platforms, InnovationChain innovation, Chains chains, ZoneChoices choices,
			Texts texts) {
		this.texts = texts;
		this.platforms = platforms;
		this.innovation = innovation;
		this.chains = chains;
		this.choices = choices;
	}

	@GetMapping("/innovation")
	String innovation(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, Model model) {
		ZoneYear shown = this.choices.choose(me, zone, year)
			.orElseThrow(() -> new AccessDeniedException("No zone to show"));
		String code = shown.zone().code();
		int y = shown.year();
		model.addAttribute("choice", shown);
		model.addAttribute("zones", shown.zones());
		model.addAttribute("zone", shown.zone());
		model.addAttribute("years", shown.years());
		model.addAttribute("year", y);
		List<Platform> active = this.platforms.registered(code).stream().filter((p) -> p.activeIn(y)).toList();
		Map<PlatformKind, Map<PlatformLevel, Long>> counts = new LinkedHashMap<>();
		for (PlatformKind kind : PlatformKind.values()) {
			Map<PlatformLevel, Long> byLevel = new LinkedHashMap<>();
			for (PlatformLevel level : PlatformLevel.values()) {
				byLevel.put(level, active.stream().filter((p) -> p.kind() == kind && p.level() == level).count());
			}
			counts.put(kind, byLevel);
		}
		model.addAttribute("counts", counts);
		model.addAttribute("levels", PlatformLevel.values());
		// what the 100 / 120 institutions target counts: R&D plus S&T service
		// institutions
		model.addAttribute("institutions", active.stream()
			.filter((p) -> p.kind() == PlatformKind.RD_INSTITUTION || p.kind() == PlatformKind.ST_SERVICE_INSTITUTION)
			.count());
		model.addAttribute("incubations",
				this.innovation.incubations(code, me.scope()).stream().filter((i) -> i.enteredYear() <= y).toList());
		Map<String, String> chainNames = new LinkedHashMap<>();
		Map<String, String> linkNames = new LinkedHashMap<>();
		for (Chain chain : this.chains.inZone(code)) {
			chainNames.put(chain.code(), chain.name(isChinese()));
			chain.links().forEach((link) -> linkNames.put(link.code(), link.name(isChinese())));
		}
		model.addAttribute("chainNames", chainNames);
		model.addAttribute("linkNames", linkNames);
		model.addAttribute("contracts", this.innovation.contracts(code, y, me.scope()));
		model.addAttribute("canEdit", me.scope().canEditFigures(code));
		model.addAttribute("incubators",
				active.stream()
					.filter((p) -> p.kind() == PlatformKind.INCUBATOR || p.kind() == PlatformKind.MAKER_SPACE)
					.toList());
		model.addAttribute("brokers", active.stream()
			.filter((p) -> p.kind() == PlatformKind.RD_INSTITUTION || p.kind() == PlatformKind.ST_SERVICE_INSTITUTION)
			.toList());
		model.addAttribute("fields", org.gaoxin.shared.HighTechField.values());
		return "platform/innovation";
	}

	@PostMapping("/innovation/incubations")
	String incubate(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam String zone,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String platform,
			@RequestParam(required = false) String creditCode, @RequestParam(required = false) String enteredYear,
			@RequestParam(required = false) String graduatedYear, RedirectAttributes redirect) {
		Map<String, String> typed = typed("platform", platform, "creditCode", creditCode, "enteredYear", enteredYear,
				"graduatedYear", graduatedYear);
		attempt(redirect, typed, "incubation", () -> this.innovation.incubate(zone, id("platform", platform),
				creditCode, number("enteredYear", enteredYear), number("graduatedYear", graduatedYear), me.scope()));
		return "redirect:/innovation?zone=" + zone + ((year != null) ? "&year=" + year : "") + "#path";
	}

	@PostMapping("/innovation/contracts")
	String contract(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam String zone,
			@RequestParam(required = false) String year, @RequestParam(required = false) String title,
			@RequestParam(required = false) String seller, @RequestParam(required = false) String buyer,
			@RequestParam(required = false) String field, @RequestParam(required = false) String turnover,
			@RequestParam(required = false) String platform, RedirectAttributes redirect) {
		Map<String, String> typed = typed("contractYear", year, "title", title, "seller", seller, "buyer", buyer,
				"field", field, "turnover", turnover, "broker", platform);
		attempt(redirect, typed, "contract", () -> {
			Integer contractYear = number("year", year);
			if (contractYear == null) {
				throw refused("year", "required");
			}
			this.innovation.registerContract(new TechContract(0, zone, contractYear, strip(title), strip(seller),
					strip(buyer), strip(field), decimal(turnover), id("platform", platform)), me.scope());
		});
		String shown = (year != null && year.strip().matches("\\d{4}")) ? "&year=" + year.strip() : "";
		return "redirect:/innovation?zone=" + zone + shown + "#contracts";
	}

	/**
	 * Runs a form's change; a refusal comes back on the page as a message naming the
	 * field, with what was typed.
	 */
	private void attempt(RedirectAttributes redirect, Map<String, String> typed, String saved, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("saved", saved);
		}
		catch (MessageException ex) {
			redirect.addFlashAttribute("error", this.texts.render(ex.text()));
			redirect.addFlashAttribute("errorField", (ex instanceof InputRefused refused) ? refused.field() : null);
			redirect.addFlashAttribute("typed", typed);
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("error", this.texts.get("error.notFound"));
			redirect.addFlashAttribute("typed", typed);
		}
	}

	private static Map<String, String> typed(String... fieldsAndValues) {
		Map<String, String> typed = new java.util.HashMap<>();
		for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
			typed.put(fieldsAndValues[i], (fieldsAndValues[i + 1] != null) ? fieldsAndValues[i + 1] : "");
		}
		return typed;
	}

	private static Integer number(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw refused(field, "integer");
		}
	}

	private static Long id(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw refused(field, "invalid");
		}
	}

	private static java.math.BigDecimal decimal(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new java.math.BigDecimal(text.strip().replace(",", ""));
		}
		catch (NumberFormatException ex) {
			throw refused("turnover", "number");
		}
	}

	private static String strip(String text) {
		return (text == null) ? null : text.strip();
	}

	private static InputRefused refused(String field, String rule) {
		return new InputRefused(org.gaoxin.shared.Message.of("validation." + rule,
				org.gaoxin.shared.Message.of("innovation.field." + field)), field, rule);
	}

	private static boolean isChinese() {
		return org.gaoxin.shared.web.Texts.chinese(org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

}
