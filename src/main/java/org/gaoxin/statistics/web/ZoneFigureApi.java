package org.gaoxin.statistics.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.statistics.ZoneFigure;
import org.gaoxin.statistics.ZoneFigures;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

	@PostMapping("/api/v1/zones/{zone}/figures/{code}")
	@Operation(summary = "Save one figure of a zone-year (departments, headquarters, administrators)",
			description = "number for a numeric figure, flag (true/false) for a yes/no one; version: the version read "
					+ "(0 when the figure was missing). A stale version is 409 with the current value in the detail "
					+ "and currentVersion; nothing is overwritten.")
	ZoneFigure save(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone, @PathVariable String code,
			@RequestBody FigureSave body) {
		return this.figures.save(new ZoneFigures.FigureEdit(zone, body.year(), code, body.number(), body.flag(),
				body.source(), body.version()), me.scope());
	}

	/** A figure to save, with the version it was read at. */
	record FigureSave(int year, BigDecimal number, Boolean flag, String source, int version) {
	}

}
