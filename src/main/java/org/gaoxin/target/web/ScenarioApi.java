package org.gaoxin.target.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.target.SavedScenario;
import org.gaoxin.target.ScenarioDraft;
import org.gaoxin.target.ScenarioOutcome;
import org.gaoxin.target.Scenarios;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/zones/{zone}/scenarios")
@Tag(name = "What-if scenarios",
		description = "A zone-year evaluated with changed inputs beside the stored data, which is never touched; scenarios saved, named and shared within the zone")
class ScenarioApi {

	private final Scenarios scenarios;

	ScenarioApi(Scenarios scenarios) {
		this.scenarios = scenarios;
	}

	@PostMapping("/evaluate")
	@Operation(summary = "Evaluate a scenario without saving it",
			description = "Changes: FIGURE (reference: figure code; mode SET, ADD or PERCENT; amount), HIGH_TECH (enterpriseId, or amount: how many of the pool's nearest candidates), TECH_SME (enterpriseId, or amount: new registered enterprises), PLATFORM (reference: platform kind; level; amount: how many), REPORT (enterpriseId; reference: report field column, e.g. rd_expense; mode; amount).")
	ScenarioOutcome evaluate(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@RequestBody ScenarioDraft draft) {
		return this.scenarios.evaluate(zone, draft, me.scope());
	}

	@GetMapping
	@Operation(summary = "The zone's saved scenarios, last changed first")
	List<SavedScenario> list(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone) {
		return this.scenarios.list(zone, me.scope());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Save a new scenario (the zone's staff; audited)")
	SavedScenario create(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@RequestBody ScenarioDraft draft) {
		return this.scenarios.create(zone, draft, me.scope());
	}

	@GetMapping("/{id}")
	@Operation(summary = "A saved scenario")
	SavedScenario get(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone, @PathVariable long id) {
		return this.scenarios.get(zone, id, me.scope());
	}

	@GetMapping("/{id}/evaluation")
	@Operation(summary = "A saved scenario evaluated beside the stored data")
	ScenarioOutcome evaluation(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@PathVariable long id) {
		return this.scenarios.evaluateSaved(zone, id, me.scope());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a saved scenario (the zone's staff; audited). With version (the one read), "
			+ "a scenario saved by someone since is a 409 conflict and nothing changes")
	SavedScenario update(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone, @PathVariable long id,
			@RequestParam(required = false) Integer version, @RequestBody ScenarioDraft draft) {
		return this.scenarios.update(zone, id, draft, version, me.scope());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a saved scenario (the zone's staff; audited)")
	void delete(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone, @PathVariable long id) {
		this.scenarios.delete(zone, id, me.scope());
	}

}
