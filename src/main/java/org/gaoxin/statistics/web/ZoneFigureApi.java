package org.gaoxin.statistics.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.statistics.ZoneFigure;
import org.gaoxin.statistics.ZoneFigures;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Zone figures", description = "A zone's annual figures; missing figures are listed as missing")
class ZoneFigureApi {

	private final ZoneFigures figures;

	ZoneFigureApi(ZoneFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/api/v1/zones/{zone}/figures")
	@Operation(summary = "All defined figures of the zone for the year")
	List<ZoneFigure> figures(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@RequestParam int year) {
		return this.figures.of(zone, year, me.scope());
	}

}
