package org.gaoxin.quality.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.quality.DataQuality;
import org.gaoxin.quality.Finding;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Data quality", description = "Findings on a zone's enterprise reports: duplicates, jumps, ratios, gaps")
class QualityApi {

	private final DataQuality quality;

	QualityApi(DataQuality quality) {
		this.quality = quality;
	}

	@GetMapping("/api/v1/zones/{zone}/quality")
	@Operation(summary = "Data-quality findings of the zone for the year, by kind, severity and enterprise")
	List<Finding> findings(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@RequestParam int year) {
		return this.quality.check(zone, year, me.scope());
	}

}
