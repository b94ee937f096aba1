package org.gaoxin.qualification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.qualification.CultivationPool;
import org.gaoxin.qualification.Pool;
import org.gaoxin.qualification.Readiness;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Cultivation pool",
		description = "The high-tech enterprise cultivation pool: candidates ranked by their distance to accreditation")
class CultivationApi {

	private final CultivationPool pool;

	CultivationApi(CultivationPool pool) {
		this.pool = pool;
	}

	@GetMapping("/api/v1/zones/{zone}/cultivation")
	@Operation(summary = "The zone's cultivation pool for a data year, with renewals and the outlook on the targets")
	Pool pool(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone, @RequestParam int year,
			@RequestParam(required = false) Readiness readiness, @RequestParam(required = false) String q) {
		Pool result = this.pool.pool(zone, year, me.scope());
		return result.withCandidates(CultivationController.filter(result.candidates(), readiness, q));
	}

}
