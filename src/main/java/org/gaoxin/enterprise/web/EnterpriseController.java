package org.gaoxin.enterprise.web;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.audit.AuditLines;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.EnterprisePageSection;
import org.gaoxin.enterprise.EnterpriseQuery;
import org.gaoxin.enterprise.EnterpriseSearch;
import org.gaoxin.enterprise.EnterpriseSummary;
import org.gaoxin.enterprise.EnterpriseSort;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.enterprise.Certificates;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.Page;
import org.gaoxin.shared.PageRequest;
import org.gaoxin.chain.Chain;
import org.gaoxin.chain.Chains;
import org.gaoxin.region.Regions;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.region.ZoneYear;
import org.gaoxin.shared.web.PageLinks;
import org.gaoxin.shared.web.Texts;

import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
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

	private static final int DEFAULT_SIZE = 20;

	private final Enterprises enterprises;

	private final Certificates certificates;

	private final ZoneChoices choices;

	private final Regions regions;

	private final Chains chains;

	private final AuditLines audit;

	private final List<EnterprisePageSection> sections;

	private final FilterOptions filters;

	EnterpriseController(Enterprises enterprises, Certificates certificates, AuditLines audit, ZoneChoices choices,
			Regions regions, Chains chains, List<EnterprisePageSection> sections, FilterOptions filters) {
		this.enterprises = enterprises;
		this.certificates = certificates;
		this.choices = choices;
		this.regions = regions;
		this.chains = chains;
		this.audit = audit;
		this.sections = sections.stream().sorted(Comparator.comparingInt(EnterprisePageSection::order)).toList();
		this.filters = filters;
	}

	@GetMapping("/enterprises")
	String list(@AuthenticationPrincipal GaoxinPrincipal me, EnterpriseQuery query,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Model model,
			Locale locale) {
		// every zone the user reads, when asked; no zone, the current one
		boolean allZones = query.allZones();
		Optional<ZoneYear> choice = this.choices.choose(me, query.zoneCode(), query.year());
		String zoneCode = (allZones || choice.isEmpty()) ? null : choice.get().zoneCode();
		int shownYear = choice.map(ZoneYear::year)
			.orElseGet(() -> this.choices.year(me.scope().zoneCode(), query.year()));
		EnterpriseSearch search = query.toSearch(zoneCode, shownYear);
		Page<EnterpriseSummary> result = this.enterprises.search(search, me.scope(), new PageRequest(page, size));
		Map<String, Object> filters = search.parameters();
		if (allZones) {
			filters.put("zone", EnterpriseQuery.ALL_ZONES);
		}
		Map<String, Object> parameters = new LinkedHashMap<>(filters);
		if (size != DEFAULT_SIZE) {
			parameters.put("size", result.size());
		}
		model.addAttribute("choice", choice.orElse(null));
		model.addAttribute("allZones", allZones);
		model.addAttribute("search", search);
		model.addAttribute("result", result);
		model.addAttribute("pages", PageLinks.of(result, "/enterprises", parameters));
		model.addAttribute("exportXlsx", PageLinks.href("/enterprises/export.xlsx", filters));
		model.addAttribute("exportCsv", PageLinks.href("/enterprises/export.csv", filters));
		model.addAttribute("sorts", EnterpriseSort.values());
		this.filters.addTo(model, me.scope(), Texts.chinese(locale));
		return LIST;
	}

	@GetMapping("/enterprises/{id}")
	String detail(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long id, Model model, Locale locale) {
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
			model.addAttribute("history", this.audit.forRecord("enterprise", enterprise.creditCode(), locale));
		}
		return DETAIL;
	}

}
