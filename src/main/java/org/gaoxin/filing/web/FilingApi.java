package org.gaoxin.filing.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.filing.AnnualReport;
import org.gaoxin.filing.AnnualReports;
import org.gaoxin.shared.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Annual reports", description = "Enterprises' annual reports in the Torch survey's shape")
class FilingApi {

	private final Enterprises enterprises;

	private final AnnualReports reports;

	FilingApi(Enterprises enterprises, AnnualReports reports) {
		this.enterprises = enterprises;
		this.reports = reports;
	}

	@GetMapping("/api/v1/enterprises/{creditCode}/reports")
	@Operation(summary = "The enterprise's annual reports (amounts in thousand yuan)")
	List<AnnualReport> reports(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String creditCode) {
		long id = this.enterprises.findByCreditCode(creditCode, me.scope())
			.orElseThrow(() -> new NotFoundException("No enterprise with credit code " + creditCode))
			.id();
		return this.reports.of(id, me.scope());
	}

}
