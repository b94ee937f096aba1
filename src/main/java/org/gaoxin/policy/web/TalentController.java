package org.gaoxin.policy.web;

import java.util.List;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.policy.PolicyMatching;
import org.gaoxin.policy.Talent;
import org.gaoxin.policy.TalentLevel;
import org.gaoxin.policy.Talents;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.region.ZoneYear;
import org.gaoxin.shared.InputRefused;
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
 * 人才 register: the zone's innovation and entrepreneurship talent the caller sees, counts
 * per enterprise and per chain, and the form zone staff register a talent with.
 */
@Controller
class TalentController {

	private final Talents talents;

	private final Enterprises enterprises;

	private final ZoneChoices choices;

	private final PolicyMatching matching;

	private final Texts texts;

	private final org.gaoxin.chain.Chains chains;

	TalentController(Talents talents, Enterprises enterprises, ZoneChoices choices, PolicyMatching matching,
			Texts texts, org.gaoxin.chain.Chains chains) {
		this.chains = chains;
		this.talents = talents;
		this.enterprises = enterprises;
		this.choices = choices;
		this.matching = matching;
		this.texts = texts;
	}

	@GetMapping("/policies/talent")
	String list(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone, Model model) {
		if (me.scope().isEnterpriseUser()) {
			throw new AccessDeniedException("The register is the zone's");
		}
		ZoneYear shown = this.choices.choose(me, PolicyController.trim(zone, 32), null)
			.orElseThrow(() -> new AccessDeniedException("No zone to show"));
		String zoneCode = shown.zone().code();
		this.matching.requireReadable(zoneCode, me.scope());
		List<Talent> list = this.talents.list(zoneCode, me.scope());
		model.addAttribute("choice", shown);
		model.addAttribute("zone", shown.zone());
		model.addAttribute("talent", list);
		model.addAttribute("perEnterprise", Talents.perEnterprise(list));
		model.addAttribute("perChain", Talents.perChain(list));
		java.util.Map<String, String> chainNames = new java.util.HashMap<>();
		this.chains.inZone(zoneCode)
			.forEach((c) -> chainNames.put(c.code(),
					Texts.chinese(org.springframework.context.i18n.LocaleContextHolder.getLocale()) ? c.nameZh()
							: c.nameEn()));
		model.addAttribute("chainNames", chainNames);
		model.addAttribute("levels", TalentLevel.values());
		boolean canEdit = me.scope().canEditFigures(zoneCode);
		model.addAttribute("canEdit", canEdit);
		model.addAttribute("employers", canEdit ? this.enterprises.inZone(zoneCode, me.scope()) : List.of());
		return "policy/talent";
	}

	@PostMapping("/policies/talent")
	String register(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) String name, @RequestParam(required = false) String level,
			@RequestParam(required = false) String field, @RequestParam(required = false) Long enterpriseId,
			@RequestParam(required = false) String programme, @RequestParam(required = false) Integer year,
			RedirectAttributes redirect) {
		String zoneCode = PolicyController.trim(zone, 32);
		if (zoneCode == null || !me.scope().canEditFigures(zoneCode)) {
			throw new AccessDeniedException("Only zone staff register talent");
		}
		try {
			this.talents.register(zoneCode, new Talents.TalentDraft(name, level, field, enterpriseId, programme, year),
					me.scope());
			redirect.addFlashAttribute("done", "policy.talent.saved");
		}
		catch (InputRefused ex) {
			redirect.addFlashAttribute("error",
					this.texts.render(ex.textFor(this.texts.get("policy.talent.field." + ex.field()))));
			redirect.addFlashAttribute("form",
					new Talents.TalentDraft(name, level, field, enterpriseId, programme, year));
		}
		return "redirect:/policies/talent?zone=" + zoneCode;
	}

}
