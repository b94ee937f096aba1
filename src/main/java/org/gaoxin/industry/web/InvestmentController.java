package org.gaoxin.industry.web;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.chain.Chain;
import org.gaoxin.chain.ChainAccess;
import org.gaoxin.chain.Chains;
import org.gaoxin.industry.ForeignCapital;
import org.gaoxin.industry.InvestmentProject;
import org.gaoxin.industry.InvestmentProjects;
import org.gaoxin.industry.ProjectDraft;
import org.gaoxin.industry.ProjectStage;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.region.ZoneYear;
import org.gaoxin.shared.web.Texts;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 招商引资: the investment pipeline against the foreign-capital indicator, the projects'
 * foreign capital beside the reported figure, and each project's stage and capital.
 */
@Controller
class InvestmentController {

	private final InvestmentProjects projects;

	private final ForeignCapital foreignCapital;

	private final Chains chains;

	private final ZoneChoices choices;

	private final AuditLog audit;

	private final Texts texts;

	InvestmentController(InvestmentProjects projects, ForeignCapital foreignCapital, Chains chains, ZoneChoices choices,
			AuditLog audit, Texts texts) {
		this.projects = projects;
		this.foreignCapital = foreignCapital;
		this.chains = chains;
		this.choices = choices;
		this.audit = audit;
		this.texts = texts;
	}

	@GetMapping("/investment")
	String pipeline(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, Model model) {
		ZoneYear shown = this.choices.choose(me, zone, year)
			.orElseThrow(() -> new AccessDeniedException("No zone to show"));
		String code = shown.zone().code();
		model.addAttribute("choice", shown);
		model.addAttribute("zones", shown.zones());
		model.addAttribute("zone", shown.zone());
		model.addAttribute("years", shown.years());
		model.addAttribute("year", shown.year());
		model.addAttribute("pipeline", this.foreignCapital.pipeline(code, shown.year(), null, me.scope()));
		model.addAttribute("reconciliation", this.foreignCapital.reconciliation(code, me.scope()));
		model.addAttribute("projects", this.projects.inZone(code, me.scope()));
		java.util.List<Chain> chains = this.chains.inZone(code, me.scope());
		model.addAttribute("chains", chains);
		model.addAttribute("editableChains",
				chains.stream().filter((c) -> ChainAccess.canEdit(c, me.scope())).toList());
		model.addAttribute("stages", ProjectStage.values());
		return "industry/investment";
	}

	@GetMapping("/investment/projects/{project}")
	String project(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long project, Model model) {
		InvestmentProject found = this.projects.get(project, me.scope());
		Chain chain = this.chains.readable(found.chainCode(), me.scope());
		model.addAttribute("project", found);
		model.addAttribute("chain", chain);
		model.addAttribute("canEdit", this.projects.canEdit(found, me.scope()));
		model.addAttribute("stages", ProjectStage.values());
		model.addAttribute("history",
				this.audit.forRecord("investmentProject", project)
					.stream()
					.map((entry) -> "stage".equals(entry.field()) ? new org.gaoxin.audit.AuditEntry(entry.id(),
							entry.occurredAt(), entry.actor(), entry.action(), entry.entity(), entry.entityKey(),
							entry.field(), stageLabel(entry.oldValue()), stageLabel(entry.newValue())) : entry)
					.toList());
		return "industry/project";
	}

	@PostMapping("/investment/projects")
	String create(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) String name, @RequestParam(required = false) String chain,
			@RequestParam(required = false) String link, @RequestParam(required = false) String investor,
			@RequestParam(defaultValue = "false") boolean foreignInvestor,
			@RequestParam(required = false) String country, @RequestParam(required = false) String currency,
			@RequestParam(required = false) String plannedAmount, @RequestParam(required = false) String plannedUsdRate,
			@RequestParam(required = false) String responsible, @RequestParam(required = false) String openedOn,
			RedirectAttributes redirect) {
		if (me.scope().isEnterpriseUser() || !canRegisterAny(me)) {
			throw new AccessDeniedException("Only a chain's editors register its projects");
		}
		long[] created = { 0 };
		Forms
			.attempt(redirect, this.texts, Forms.typed("name", name, "chain", chain, "link", link, "investor", investor,
					"foreignInvestor", String
						.valueOf(foreignInvestor),
					"country", country, "currency", currency, "plannedAmount", plannedAmount, "plannedUsdRate",
					plannedUsdRate, "responsible", responsible, "openedOn", openedOn), "project",
					() -> created[0] = this.projects.create(new ProjectDraft(name, chain, link, investor,
							foreignInvestor, country, currency, Forms.number("plannedAmount", plannedAmount),
							Forms.number("plannedUsdRate", plannedUsdRate), responsible,
							Forms.date("openedOn", openedOn)), me.scope())
						.id());
		if (created[0] != 0) {
			return "redirect:/investment/projects/" + created[0];
		}
		return "redirect:/investment" + ((zone != null) ? "?zone=" + zone : "") + "#new-project";
	}

	@PostMapping("/investment/projects/{project}/stage")
	String stage(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long project,
			@RequestParam(required = false) String stage, @RequestParam(required = false) String version,
			RedirectAttributes redirect) {
		requireEditable(me, project);
		Forms.attempt(redirect, this.texts, Forms.typed("stage", stage), "stage",
				() -> this.projects.moveStage(project, stage(stage), Forms.integer("version", version), me.scope()));
		return "redirect:/investment/projects/" + project;
	}

	@PostMapping("/investment/projects/{project}/utilisation")
	String utilisation(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long project,
			@RequestParam(required = false) String year, @RequestParam(required = false) String amount,
			@RequestParam(required = false) String usdRate, @RequestParam(required = false) String version,
			RedirectAttributes redirect) {
		requireEditable(me, project);
		Forms.attempt(redirect, this.texts, Forms.typed("year", year, "amount", amount, "usdRate", usdRate),
				"utilisation",
				() -> this.projects.recordUtilisation(project, Forms.integer("utilisationYear", year),
						Forms.number("utilisedAmount", amount), Forms.number("usdRate", usdRate),
						Forms.integer("version", version), me.scope()));
		return "redirect:/investment/projects/" + project;
	}

	private void requireEditable(GaoxinPrincipal me, long project) {
		InvestmentProject found = this.projects.get(project, me.scope());
		if (!this.projects.canEdit(found, me.scope())) {
			throw new AccessDeniedException("Project " + project + " is read-only for you");
		}
	}

	private boolean canRegisterAny(GaoxinPrincipal me) {
		return switch (me.role()) {
			case ADMIN, HEADQUARTERS, DEPARTMENT, CHAIN_LEADER -> true;
			default -> false;
		};
	}

	/** A logged stage in the reader's words (the log keeps the constant). */
	private String stageLabel(String logged) {
		try {
			return (logged != null) ? this.texts.label(ProjectStage.valueOf(logged)) : null;
		}
		catch (IllegalArgumentException ex) {
			return logged;
		}
	}

	private static ProjectStage stage(String text) {
		if (text == null || text.isBlank()) {
			throw Forms.refused("stage", "required");
		}
		try {
			return ProjectStage.valueOf(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw Forms.refused("stage", "invalid");
		}
	}

}
