package org.gaoxin.enterprise.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.EnterpriseQuery;
import org.gaoxin.enterprise.EnterpriseSummary;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.enterprise.HighTechCertificate;
import org.gaoxin.enterprise.Certificates;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.Page;
import org.gaoxin.shared.PageRequest;
import org.gaoxin.region.ZoneChoices;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "Enterprises", description = "The enterprise registry, within the caller's data scope")
class EnterpriseApi {

	private final Enterprises enterprises;

	private final Certificates certificates;

	private final ZoneChoices choices;

	EnterpriseApi(Enterprises enterprises, Certificates certificates, ZoneChoices choices) {
		this.enterprises = enterprises;
		this.certificates = certificates;
		this.choices = choices;
	}

	@GetMapping
	@Operation(summary = "Search enterprises the caller may see",
			description = "Filters as on the list page: zone, industry, chain and chain link, the year's qualification"
					+ " (HIGH_TECH, TECH_SME, NEITHER), above designated size and text; every filter narrows the"
					+ " caller's data scope, none widens it. Without a year: the default data year of the zone (or of"
					+ " the caller's home zone).")
	Page<EnterpriseSummary> search(@AuthenticationPrincipal GaoxinPrincipal me, @ParameterObject EnterpriseQuery query,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		String zone = this.choices.named(me, query.zoneCode()).orElse(null);
		return this.enterprises.search(query.toSearch(this.choices.defaultYear(zone)), me.scope(),
				new PageRequest(page, size));
	}

	@GetMapping("/{creditCode}")
	@Operation(summary = "One enterprise by its unified social credit code")
	Enterprise enterprise(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String creditCode) {
		return find(me, creditCode);
	}

	@GetMapping("/{creditCode}/certificates")
	@Operation(summary = "The enterprise's high-tech enterprise certificates")
	List<HighTechCertificate> certificates(@AuthenticationPrincipal GaoxinPrincipal me,
			@PathVariable String creditCode) {
		return this.certificates.certificatesOf(find(me, creditCode).id(), me.scope());
	}

	private Enterprise find(GaoxinPrincipal me, String creditCode) {
		return this.enterprises.findByCreditCode(creditCode, me.scope())
			.orElseThrow(() -> new NotFoundException("No enterprise with credit code " + creditCode));
	}

}
