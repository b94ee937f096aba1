package org.gaoxin.policy.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.policy.BudgetLine;
import org.gaoxin.policy.Disbursements;
import org.gaoxin.policy.Policies;
import org.gaoxin.policy.PolicyMatching;
import org.gaoxin.policy.PolicyResult;
import org.gaoxin.policy.PolicyVersion;
import org.gaoxin.policy.Talents;
import org.gaoxin.policy.web.PolicyViews.ListView;
import org.gaoxin.policy.web.PolicyViews.Matches;
import org.gaoxin.policy.web.PolicyViews.PolicyView;
import org.gaoxin.policy.web.PolicyViews.TalentView;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.ReportingYears;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Support policies",
		description = "Support policies as data (政策兑现, 免申即享): every enterprise's and talent's eligible articles with amount and reason, near misses, payment lists (prepared by zone staff, approved by a second person of headquarters or an administrator, paid once per enterprise, article and year), budget lines, the talent register. Amounts in 万元."
				+ " Matches: everyone signed in, narrowed to what they see (an enterprise its own). Lists and budgets: zone staff and viewers; chain leaders and enterprise users are refused (403).")
class PolicyApi {

	private final Policies policies;

	private final PolicyMatching matching;

	private final Disbursements disbursements;

	private final Talents talents;

	private final ReportingYears years;

	PolicyApi(Policies policies, PolicyMatching matching, Disbursements disbursements, Talents talents,
			ReportingYears years) {
		this.policies = policies;
		this.matching = matching;
		this.disbursements = disbursements;
		this.talents = talents;
		this.years = years;
	}

	@GetMapping("/api/v1/policies")
	@Operation(summary = "Every loaded policy version with its source and SHA-256, retired ones marked")
	List<PolicyVersion> versions() {
		return this.policies.versions();
	}

	@PostMapping("/api/v1/policies/{policy}/{version}/retire")
	@Operation(summary = "Retire a policy version (administrators); audited. Its lists stay readable.")
	Map<String, Boolean> retire(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String policy,
			@PathVariable String version) {
		return Map.of("retired", this.policies.retire(policy, version, me.scope()));
	}

	@GetMapping("/api/v1/zones/{zone}/policies")
	@Operation(summary = "The offered policies with per-article matches, totals and budget lines for the year",
			description = "Budget lines (planned, committed by approved lists, paid) for the zone's staff and viewers.")
	List<PolicyView> list(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@RequestParam(required = false) Integer year) {
		int shown = year(zone, year, me);
		List<PolicyResult> results = this.matching.results(zone, shown, me.scope());
		Map<String, BudgetLine> budget = new HashMap<>();
		if (Disbursements.canRead(me.scope(), zone)) {
			this.disbursements.budget(zone, shown, me.scope())
				.forEach((b) -> budget.put(b.policyCode() + "/" + b.articleCode(), b));
		}
		return results.stream().map((r) -> PolicyViews.policy(r, budget)).toList();
	}

	@GetMapping("/api/v1/zones/{zone}/policies/matches")
	@Operation(
			summary = "Every eligible article with amount, formula, inputs and caps; near misses with what is missing",
			description = "Narrowed to the enterprises the caller sees: an enterprise user gets its own.")
	Matches matches(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@RequestParam(required = false) Integer year) {
		int shown = year(zone, year, me);
		return PolicyViews.matches(zone, shown, this.matching.results(zone, shown, me.scope()));
	}

	@GetMapping("/api/v1/zones/{zone}/policies/enterprises/{id}/matches")
	@Operation(summary = "One enterprise's matches and near misses (404 outside the caller's scope)")
	Matches enterprise(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone, @PathVariable long id,
			@RequestParam(required = false) Integer year) {
		int shown = year(zone, year, me);
		return PolicyViews.matches(zone, shown, this.matching.ofEnterprise(zone, id, shown, me.scope()));
	}

	@GetMapping("/api/v1/zones/{zone}/policies/lists")
	@Operation(summary = "The zone's payment lists of the year")
	List<ListView> lists(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@RequestParam(required = false) Integer year) {
		int shown = year(zone, year, me);
		return this.disbursements.lists(zone, shown, me.scope()).stream().map(PolicyViews::list).toList();
	}

	@PostMapping("/api/v1/zones/{zone}/policies/{policy}/articles/{article}/lists")
	@Operation(summary = "Prepare (again, while not approved) an article's payment list for the year; audited")
	ResponseEntity<ListView> generate(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@PathVariable String policy, @PathVariable String article, @RequestParam(required = false) Integer year) {
		if (!Disbursements.canPrepare(me.scope(), zone)) {
			throw new org.springframework.security.access.AccessDeniedException("Only zone staff prepare lists");
		}
		int shown = year(zone, year, me);
		return ResponseEntity.status(201)
			.body(PolicyViews.list(this.disbursements.generate(zone, policy, article, shown, me.scope())));
	}

	@GetMapping("/api/v1/zones/{zone}/policies/lists/{list}")
	@Operation(summary = "A payment list with its lines and payments (404 outside the zone)")
	ListView get(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone, @PathVariable long list) {
		return PolicyViews.list(this.disbursements.get(zone, list, me.scope()));
	}

	@PostMapping("/api/v1/zones/{zone}/policies/lists/{list}/approve")
	@Operation(summary = "Approve a prepared list: headquarters or an administrator, not who prepared it (409)")
	ListView approve(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone, @PathVariable long list) {
		return PolicyViews.list(this.disbursements.approve(zone, list, me.scope()));
	}

	/** A payment as the API takes it. */
	record PaymentRequest(Long lineId, BigDecimal amount, LocalDate paidOn, String voucherNo) {

	}

	@PostMapping("/api/v1/zones/{zone}/policies/lists/{list}/payments")
	@Operation(summary = "Record what was paid on a line of an approved list (amount 万元, date, voucher no.)",
			description = "Refused with 409 when the enterprise (or talent) was paid for the article and year already.")
	ListView pay(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone, @PathVariable long list,
			@RequestBody(required = false) PaymentRequest request) {
		if (!Disbursements.canPrepare(me.scope(), zone)) {
			throw new org.springframework.security.access.AccessDeniedException("Only zone staff record payments");
		}
		PaymentRequest body = (request != null) ? request : new PaymentRequest(null, null, null, null);
		return PolicyViews.list(this.disbursements.pay(zone, list,
				new Disbursements.Payment(body.lineId(), body.amount(), body.paidOn(), body.voucherNo()), me.scope()));
	}

	@GetMapping("/api/v1/zones/{zone}/talent")
	@Operation(summary = "The talent register the caller sees (an enterprise its own people)")
	List<TalentView> talent(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone) {
		this.matching.requireReadable(zone, me.scope());
		return this.talents.list(zone, me.scope()).stream().map(PolicyViews::talent).toList();
	}

	@PostMapping("/api/v1/zones/{zone}/talent")
	@Operation(summary = "Register a talent (zone staff who change figures); audited")
	ResponseEntity<TalentView> register(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@RequestBody(required = false) Talents.TalentDraft draft) {
		if (!me.scope().canEditFigures(zone)) {
			throw new org.springframework.security.access.AccessDeniedException("Only zone staff register talent");
		}
		Talents.TalentDraft body = (draft != null) ? draft
				: new Talents.TalentDraft(null, null, null, null, null, null);
		return ResponseEntity.status(201).body(PolicyViews.talent(this.talents.register(zone, body, me.scope())));
	}

	private int year(String zone, Integer year, GaoxinPrincipal me) {
		this.matching.requireReadable(zone, me.scope());
		int shown = (year != null) ? year : this.years.defaultYear(zone);
		if (!this.years.years(zone).contains(shown)) {
			throw new InputRefused("year", "zoneYear", zone, this.years.years(zone));
		}
		return shown;
	}

}
