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
import org.gaoxin.shared.ReportingYears;

import java.util.Comparator;
import java.util.List;

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

	private final ReportingYears years;

	private final AuditLog audit;

	private final List<EnterprisePageSection> sections;

	EnterpriseController(Enterprises enterprises, Certificates certificates, AuditLog audit, ReportingYears years,
			List<EnterprisePageSection> sections) {
		this.enterprises = enterprises;
		this.certificates = certificates;
		this.years = years;
		this.audit = audit;
		this.sections = sections.stream().sorted(Comparator.comparingInt(EnterprisePageSection::order)).toList();
	}

	@GetMapping("/enterprises")
	String list(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String q,
			@RequestParam(required = false) String zone, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Boolean aboveSize, @RequestParam(required = false) Boolean highTech,
			@RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "asc") String dir,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Model model) {
		int shownYear = (year != null) ? year : this.years.defaultYear();
		EnterpriseSearch search = new EnterpriseSearch(q, zone, shownYear, aboveSize, highTech,
				EnterpriseSort.parse(sort), "desc".equalsIgnoreCase(dir));
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

}
