package org.gaoxin.benchmark.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.benchmark.RegionalBenchmark;
import org.gaoxin.benchmark.RegionalShares;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Regional benchmark", description = "A zone's enterprise counts against its region's districts")
class RegionalSharesApi {

	private final RegionalBenchmark benchmark;

	RegionalSharesApi(RegionalBenchmark benchmark) {
		this.benchmark = benchmark;
	}

	@GetMapping("/api/v1/zones/{zone}/regional-shares")
	@Operation(summary = "Technology-based and high-tech enterprises of the zone as shares of its region's")
	RegionalSharesView shares(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@RequestParam int year) {
		RegionalShares shares = this.benchmark.shares(zone, year, me.scope());
		return new RegionalSharesView(shares, shares.techSmeSharePct(), shares.highTechSharePct());
	}

	record RegionalSharesView(RegionalShares counts, java.math.BigDecimal techSmeSharePct,
			java.math.BigDecimal highTechSharePct) {
	}

}
