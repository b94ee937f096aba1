package org.gaoxin.enterprise.web;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.EnterprisePageSection;
import org.gaoxin.enterprise.EnterpriseSearch;
import org.gaoxin.enterprise.EnterpriseSort;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.enterprise.Certificates;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.PageRequest;
import org.gaoxin.chain.Chain;
import org.gaoxin.chain.Chains;
import org.gaoxin.region.Regions;
import org.gaoxin.region.Zone;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.region.ZoneYear;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class EnterpriseController {

	private static final String LIST = "enterprise/list";

	private static final String DETAIL = "enterprise/detail";

	private final Enterprises enterprises;

	private final Certificates certificates;

	private final ZoneChoices choices;

	private final Regions regions;

	private final Chains chains;

	private final AuditLog audit;

	private final List<EnterprisePageSection> sections;

	EnterpriseController(Enterprises enterprises, Certificates certificates, AuditLog audit, ZoneChoices choices,
			Regions regions, Chains chains, List<EnterprisePageSection> sections) {
		this.enterprises = enterprises;
		this.certificates = certificates;
		this.choices = choices;
		this.regions = regions;
		this.chains = chains;
		this.audit = audit;
		this.sections = sections.stream().sorted(Comparator.comparingInt(EnterprisePageSection::order)).toList();
	}

	@GetMapping("/enterprises")
	String list(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String q,
			@RequestParam(required = false) String zone, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Boolean aboveSize, @RequestParam(required = false) Boolean highTech,
			@RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "asc") String dir,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Model model) {
		// an empty zone is the choice of every zone the user reads; no zone, the current
		// one
		boolean allZones = zone != null && zone.isBlank();
		Optional<ZoneYear> choice = this.choices.choose(me, allZones ? null : zone, year);
		String zoneCode = (allZones || choice.isEmpty()) ? null : choice.get().zoneCode();
		int shownYear = choice.map(ZoneYear::year).orElseGet(() -> this.choices.year(me.scope().zoneCode(), year));
		EnterpriseSearch search = new EnterpriseSearch(q, zoneCode, shownYear, aboveSize, highTech,
				EnterpriseSort.parse(sort), "desc".equalsIgnoreCase(dir));
		model.addAttribute("choice", choice.orElse(null));
		model.addAttribute("allZones", allZones);
		model.addAttribute("zoneNames", zoneNames());
		model.addAttribute("search", search);
		model.addAttribute("result", this.enterprises.search(search, me.scope(), new PageRequest(page, size)));
		model.addAttribute("sorts", EnterpriseSort.values());
		return LIST;
	}

	@GetMapping("/enterprises/{id}")
	String detail(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long id, Model model) {
		Enterprise enterprise = this.enterprises.find(id, me.scope())
			.orElseThrow(() -> new NotFoundException("No enterprise " + id));
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("enterpriseZone", this.regions.findZone(enterprise.zoneCode()).orElse(null));
		Chain chain = (enterprise.chainCode() != null) ? this.chains.find(enterprise.chainCode()).orElse(null) : null;
		model.addAttribute("chain", chain);
		model.addAttribute("chainLink", (chain != null && enterprise.chainLinkCode() != null)
				? chain.link(enterprise.chainLinkCode()).orElse(null) : null);
		model.addAttribute("certificates", this.certificates.certificatesOf(id, me.scope()));
		model.addAttribute("registrations", this.certificates.registrationsOf(id, me.scope()));
		for (EnterprisePageSection section : this.sections) {
			section.contribute(enterprise, me.scope(), model.asMap());
		}
		model.addAttribute("sections", this.sections);
		if (me.scope().canReadHistory(enterprise.zoneCode())) {
			model.addAttribute("history", this.audit.forRecord("enterprise", enterprise.creditCode()));
		}
		return DETAIL;
	}

	/** Every zone by code, for the names in the list's zone column. */
	private Map<String, Zone> zoneNames() {
		Map<String, Zone> names = new HashMap<>();
		this.regions.zones().forEach((z) -> names.put(z.code(), z));
		return names;
	}

}
