package org.gaoxin.industry.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.chain.Chain;
import org.gaoxin.chain.Chains;
import org.gaoxin.industry.AttractionTarget;
import org.gaoxin.industry.AttractionTargets;
import org.gaoxin.industry.ChainOverview;
import org.gaoxin.industry.ChainOverviews;
import org.gaoxin.industry.FdiYear;
import org.gaoxin.industry.ForeignCapital;
import org.gaoxin.industry.InvestmentProject;
import org.gaoxin.industry.InvestmentProjects;
import org.gaoxin.industry.LinkEnterprise;
import org.gaoxin.industry.Pipeline;
import org.gaoxin.industry.ProjectDraft;
import org.gaoxin.industry.ProjectStage;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.shared.InputRefused;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/chains")
@Tag(name = "Industrial chains and investment",
		description = "Chains under the chain-leader system with their links' figures and strengths (补链/强链/延链), the enterprises to attract, investment projects and the foreign capital they bring. A chain leader reads and changes only their own chain; another chain is not found.")
class ChainApi {

	private final ChainOverviews overviews;

	private final Chains chains;

	private final AttractionTargets targets;

	private final InvestmentProjects projects;

	private final ForeignCapital foreignCapital;

	private final ZoneChoices choices;

	ChainApi(ChainOverviews overviews, Chains chains, AttractionTargets targets, InvestmentProjects projects,
			ForeignCapital foreignCapital, ZoneChoices choices) {
		this.overviews = overviews;
		this.chains = chains;
		this.targets = targets;
		this.projects = projects;
		this.foreignCapital = foreignCapital;
		this.choices = choices;
	}

	@GetMapping
	@Operation(summary = "The zone's chains for a year: leaders, figures, links with strengths and reasons")
	List<ChainOverview> list(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year) {
		String code = zone(me, zone);
		return this.overviews.overview(code, this.choices.year(code, year), me.scope());
	}

	@GetMapping("/{chain}")
	@Operation(summary = "One chain for a year")
	ChainOverview chain(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String chain,
			@RequestParam(required = false) Integer year) {
		Chain found = this.chains.readable(chain, me.scope());
		return this.overviews.chain(chain, this.choices.year(found.zoneCode(), year), me.scope());
	}

	@GetMapping("/{chain}/links/{link}/enterprises")
	@Operation(summary = "The enterprises on a link with their year's approved figures (万元)")
	List<LinkEnterprise> enterprises(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String chain,
			@PathVariable String link, @RequestParam(required = false) Integer year) {
		Chain found = this.chains.readable(chain, me.scope());
		return this.overviews.enterprises(chain, link, this.choices.year(found.zoneCode(), year), me.scope());
	}

	@GetMapping("/{chain}/links/{link}/targets")
	@Operation(summary = "The enterprises the chain's leader means to attract to the link")
	List<AttractionTarget> targets(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String chain,
			@PathVariable String link) {
		return this.targets.of(chain, link, me.scope());
	}

	/** A target to attract, as the API takes it. */
	record TargetBody(String name, String location, String note) {
	}

	@PostMapping("/{chain}/links/{link}/targets")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an enterprise to attract to the link (the chain's editors; audited)")
	AttractionTarget addTarget(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String chain,
			@PathVariable String link, @RequestBody TargetBody body) {
		long id = this.targets.add(chain, link, body.name(), body.location(), body.note(), me.scope());
		return this.targets.of(chain, link, me.scope()).stream().filter((t) -> t.id() == id).findFirst().orElseThrow();
	}

	@GetMapping("/{chain}/projects")
	@Operation(summary = "The chain's investment projects, newest first")
	List<InvestmentProject> projects(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String chain) {
		return this.projects.onChain(chain, me.scope());
	}

	/** A new project as the API takes it; amounts in 万 of the currency. */
	record ProjectBody(String name, String link, String investor, Boolean foreignInvestor, String country,
			String currency, BigDecimal plannedAmount, BigDecimal plannedUsdRate, String responsible,
			LocalDate openedOn) {
	}

	@PostMapping("/{chain}/projects")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register an investment project on the chain at the lead stage (the chain's editors; audited)")
	InvestmentProject addProject(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String chain,
			@RequestBody ProjectBody body) {
		this.chains.editable(chain, me.scope());
		return this.projects.create(new ProjectDraft(body.name(), chain, body.link(), body.investor(),
				Boolean.TRUE.equals(body.foreignInvestor()), body.country(), body.currency(), body.plannedAmount(),
				body.plannedUsdRate(), body.responsible(), body.openedOn()), me.scope());
	}

	@GetMapping("/projects/{project}")
	@Operation(summary = "An investment project with its capital utilised year by year")
	InvestmentProject project(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long project) {
		return this.projects.get(project, me.scope());
	}

	/** A stage change: the stage and the version read. */
	record StageBody(ProjectStage stage, Integer version) {
	}

	@PostMapping("/projects/{project}/stage")
	@Operation(summary = "Move a project to another stage (audited); a version other than the stored one is a 409")
	InvestmentProject stage(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long project,
			@RequestBody StageBody body) {
		if (body.version() == null) {
			this.projects.get(project, me.scope());
			throw new InputRefused("version", "required");
		}
		return this.projects.moveStage(project, body.stage(), body.version(), me.scope());
	}

	/** Foreign capital year by year and the pipeline. */
	record ForeignCapitalView(List<FdiYear> years, Pipeline pipeline) {
	}

	@GetMapping("/foreign-capital")
	@Operation(
			summary = "Foreign capital actually utilised: the reported figure (fdi_actual) and the projects' sum (fdi_projects) year by year with their difference, and the pipeline weighted by stage against the foreign-capital indicator")
	ForeignCapitalView foreignCapital(@AuthenticationPrincipal GaoxinPrincipal me,
			@RequestParam(required = false) String zone, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String standard) {
		String code = zone(me, zone);
		return new ForeignCapitalView(this.foreignCapital.reconciliation(code, me.scope()),
				this.foreignCapital.pipeline(code, this.choices.year(code, year), standard, me.scope()));
	}

	private String zone(GaoxinPrincipal me, String zone) {
		if (me.scope().isEnterpriseUser()) {
			throw new AccessDeniedException("No zone data for an enterprise user");
		}
		return (zone != null) ? zone
				: this.choices.homeZone(me).orElseThrow(() -> new AccessDeniedException("No zone to show"));
	}

}
