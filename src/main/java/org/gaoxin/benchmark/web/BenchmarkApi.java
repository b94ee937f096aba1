package org.gaoxin.benchmark.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.benchmark.Benchmark;
import org.gaoxin.benchmark.BenchmarkLevel;
import org.gaoxin.benchmark.Benchmarks;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Regional benchmark", description = "A zone's enterprise counts against its region's districts")
class BenchmarkApi {

	private final Benchmarks benchmarks;

	BenchmarkApi(Benchmarks benchmarks) {
		this.benchmarks = benchmarks;
	}

	@GetMapping("/api/v1/zones/{zone}/benchmark")
	@Operation(summary = "The zones or districts of the zone's region compared on one measure",
			description = "Values, the year before's, change in percent, ranks (1, 2, 2, 4; the better direction first), "
					+ "shares of the region's total (sums and counts only; null when a district's value is missing, "
					+ "and the district is listed in missingDistricts with why), the chosen zone or its district marked.")
	Benchmark compare(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone, @RequestParam int year,
			@Parameter(description = "CODE or CODE@VERSION; default: the first threshold standard") @RequestParam(
					required = false) String standard,
			@Parameter(
					description = "indicator:CODE, aggregate:NAME or figure:CODE; default aggregate:tech_smes") @RequestParam(
							required = false) String measure,
			@RequestParam(defaultValue = "ZONES") BenchmarkLevel level,
			@Parameter(description = "zone (or district) codes to show; default: all of the region") @RequestParam(
					required = false) List<String> peers) {
		return this.benchmarks.compare(zone, year, standard, measure, level, peers, me.scope());
	}

}
