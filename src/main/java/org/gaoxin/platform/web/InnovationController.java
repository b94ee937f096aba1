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

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

	InnovationController(Platforms platforms, InnovationChain innovation, Chains chains, ZoneChoices choices) {
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
		return "platform/innovation";
	}

	private static boolean isChinese() {
		return org.gaoxin.shared.web.Texts.chinese(org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

}
