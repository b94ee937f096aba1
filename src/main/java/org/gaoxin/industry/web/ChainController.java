package org.gaoxin.industry.web;

import java.util.List;

import org.gaoxin.account.Accounts;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.chain.Chain;
import org.gaoxin.chain.ChainAccess;
import org.gaoxin.chain.ChainDocuments;
import org.gaoxin.chain.ChainEdge;
import org.gaoxin.chain.ChainLeader;
import org.gaoxin.chain.Chains;
import org.gaoxin.industry.AttractionTargets;
import org.gaoxin.industry.ChainOverview;
import org.gaoxin.industry.ChainOverviews;
import org.gaoxin.industry.InvestmentProjects;
import org.gaoxin.industry.LinkMembers;
import org.gaoxin.industry.LinkOverview;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.region.ZoneYear;
import org.gaoxin.shared.FileCheck;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.web.FileResponses;
import org.gaoxin.shared.web.Texts;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 产业链: the zone's chains, one chain's map and links, one link's enterprises and the
 * enterprises to attract to it, and the forms that keep them.
 */
@Controller
class ChainController {

	private final ChainOverviews overviews;

	private final Chains chains;

	private final AttractionTargets targets;

	private final LinkMembers members;

	private final InvestmentProjects projects;

	private final ZoneChoices choices;

	private final Accounts accounts;

	private final Texts texts;

	private final ChainDocuments documents;

	ChainController(ChainOverviews overviews, Chains chains, AttractionTargets targets, LinkMembers members,
			InvestmentProjects projects, ZoneChoices choices, Accounts accounts, Texts texts,
			ChainDocuments documents) {
		this.documents = documents;
		this.overviews = overviews;
		this.chains = chains;
		this.targets = targets;
		this.members = members;
		this.projects = projects;
		this.choices = choices;
		this.accounts = accounts;
		this.texts = texts;
	}

	@GetMapping("/chains")
	String list(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, Model model) {
		if (me.scope().chainCode() != null) {
			return "redirect:/chains/" + me.scope().chainCode();
		}
		ZoneYear shown = this.choices.choose(me, zone, year)
			.orElseThrow(() -> new AccessDeniedException("No zone to show"));
		model.addAttribute("choice", shown);
		model.addAttribute("zones", shown.zones());
		model.addAttribute("zone", shown.zone());
		model.addAttribute("years", shown.years());
		model.addAttribute("year", shown.year());
		model.addAttribute("overviews", this.overviews.overview(shown.zone().code(), shown.year(), me.scope()));
		return "industry/chains";
	}

	@GetMapping("/chains/{chain}")
	String chain(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String chain,
			@RequestParam(required = false) Integer year, Model model) {
		Chain found = this.chains.readable(chain, me.scope());
		int shown = this.choices.year(found.zoneCode(), year);
		ChainOverview overview = this.overviews.chain(chain, shown, me.scope());
		model.addAttribute("overview", overview);
		model.addAttribute("chain", found);
		model.addAttribute("year", shown);
		model.addAttribute("years", this.choices.offered(found.zoneCode()));
		model.addAttribute("canEdit", ChainAccess.canEdit(found, me.scope()));
		model.addAttribute("version", this.chains.version(chain));
		model.addAttribute("measures", this.chains.measures(chain));
		model.addAttribute("documents", this.documents.of(chain, me.scope()));
		model.addAttribute("documentExtensions", String.join(", ", this.documents.extensions()));
		model.addAttribute("documentMegabytes", this.documents.maxMegabytes());
		model.addAttribute("projects", this.projects.onChain(chain, me.scope()));
		List<org.gaoxin.account.Department> departments = this.accounts.departments();
		model.addAttribute("departments", departments);
		model.addAttribute("leadDepartment",
				departments.stream()
					.filter((d) -> d.code().equals(overview.leader().departmentCode()))
					.findFirst()
					.orElse(null));
		return "industry/chain";
	}

	@GetMapping("/chains/{chain}/links/{link}")
	String link(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String chain, @PathVariable String link,
			@RequestParam(required = false) Integer year, Model model) {
		Chain found = this.chains.readable(chain, me.scope());
		int shown = this.choices.year(found.zoneCode(), year);
		ChainOverview overview = this.overviews.chain(chain, shown, me.scope());
		LinkOverview linkOverview = overview.links()
			.stream()
			.filter((l) -> l.link().code().equals(link))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No link " + link));
		model.addAttribute("overview", overview);
		model.addAttribute("chain", found);
		model.addAttribute("link", linkOverview);
		model.addAttribute("year", shown);
		model.addAttribute("years", this.choices.offered(found.zoneCode()));
		model.addAttribute("enterprises", this.overviews.enterprises(chain, link, shown, me.scope()));
		model.addAttribute("targets", this.targets.of(chain, link, me.scope()));
		model.addAttribute("canEdit", ChainAccess.canEdit(found, me.scope()));
		List<String> upstream = overview.edges()
			.stream()
			.filter((edge) -> edge.downstream().equals(link))
			.map(org.gaoxin.chain.ChainEdge::upstream)
			.toList();
		model.addAttribute("upstream", upstream);
		return "industry/link";
	}

	@PostMapping("/chains/{chain}/leader")
	String leader(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String chain,
			@RequestParam(required = false) String person, @RequestParam(required = false) String post,
			@RequestParam(required = false) String username, @RequestParam(required = false) String department,
			@RequestParam(required = false) String version, RedirectAttributes redirect) {
		this.chains.editable(chain, me.scope());
		Forms.attempt(redirect, this.texts,
				Forms.typed("person", person, "post", post, "username", username, "department", department), "leader",
				() -> this.chains.setLeader(chain, new ChainLeader(person, post, username, department),
						Forms.integer("version", version), me.scope()));
		return "redirect:/chains/" + chain + "#leader";
	}

	@PostMapping("/chains/{chain}/measures")
	String addMeasure(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String chain,
			@RequestParam(required = false) String title, @RequestParam(required = false) String budget,
			@RequestParam(required = false) String startsOn, @RequestParam(required = false) String endsOn,
			RedirectAttributes redirect) {
		this.chains.editable(chain, me.scope());
		Forms.attempt(redirect, this.texts,
				Forms.typed("title", title, "budget", budget, "startsOn", startsOn, "endsOn", endsOn), "measure",
				() -> this.chains.addMeasure(chain, title, Forms.number("budget", budget),
						Forms.date("startsOn", startsOn), Forms.date("endsOn", endsOn), me.scope()));
		return "redirect:/chains/" + chain + "#measures";
	}

	@PostMapping("/chains/{chain}/measures/{measure}/delete")
	String removeMeasure(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String chain,
			@PathVariable long measure, RedirectAttributes redirect) {
		this.chains.editable(chain, me.scope());
		Forms.attempt(redirect, this.texts, Forms.typed(), "measureRemoved",
				() -> this.chains.removeMeasure(chain, measure, me.scope()));
		return "redirect:/chains/" + chain + "#measures";
	}

	@PostMapping("/chains/{chain}/links/{link}/targets")
	String addTarget(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String chain, @PathVariable String link,
			@RequestParam(required = false) String name, @RequestParam(required = false) String location,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		this.chains.editable(chain, me.scope());
		Forms.attempt(redirect, this.texts, Forms.typed("name", name, "location", location, "note", note), "target",
				() -> this.targets.add(chain, link, name, location, note, me.scope()));
		return "redirect:/chains/" + chain + "/links/" + link + "#targets";
	}

	@PostMapping("/chains/{chain}/links/{link}/targets/{target}")
	String updateTarget(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String chain,
			@PathVariable String link, @PathVariable long target, @RequestParam(required = false) String name,
			@RequestParam(required = false) String location, @RequestParam(required = false) String note,
			@RequestParam(required = false) String version, RedirectAttributes redirect) {
		this.chains.editable(chain, me.scope());
		Forms.attempt(redirect, this.texts, Forms.typed("name", name, "location", location, "note", note), "target",
				() -> this.targets.update(chain, link, target, name, location, note, Forms.integer("version", version),
						me.scope()));
		return "redirect:/chains/" + chain + "/links/" + link + "#targets";
	}

	@PostMapping("/chains/{chain}/links/{link}/targets/{target}/delete")
	String removeTarget(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String chain,
			@PathVariable String link, @PathVariable long target, RedirectAttributes redirect) {
		this.chains.editable(chain, me.scope());
		Forms.attempt(redirect, this.texts, Forms.typed(), "targetRemoved",
				() -> this.targets.remove(chain, link, target, me.scope()));
		return "redirect:/chains/" + chain + "/links/" + link + "#targets";
	}

	@PostMapping("/chains/{chain}/links/{link}/members")
	String addMember(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String chain, @PathVariable String link,
			@RequestParam(required = false) String creditCode, RedirectAttributes redirect) {
		this.chains.editable(chain, me.scope());
		Forms.attempt(redirect, this.texts, Forms.typed("creditCode", creditCode), "member",
				() -> this.members.add(chain, link, creditCode, me.scope()));
		return "redirect:/chains/" + chain + "/links/" + link + "#enterprises";
	}

	@PostMapping("/chains/{chain}/links/{link}/members/{enterprise}/delete")
	String removeMember(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String chain,
			@PathVariable String link, @PathVariable long enterprise, RedirectAttributes redirect) {
		this.chains.editable(chain, me.scope());
		Forms.attempt(redirect, this.texts, Forms.typed(), "memberRemoved",
				() -> this.members.remove(chain, link, enterprise, me.scope()));
		return "redirect:/chains/" + chain + "/links/" + link + "#enterprises";
	}

	@PostMapping("/chains/{chain}/edges")
	String connect(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String chain,
			@RequestParam(required = false) String upstream, @RequestParam(required = false) String downstream,
			RedirectAttributes redirect) {
		this.chains.editable(chain, me.scope());
		Forms.attempt(redirect, this.texts, Forms.typed("upstream", upstream, "downstream", downstream), "edge",
				() -> this.chains.connect(chain, edge(upstream, downstream), me.scope()));
		return "redirect:/chains/" + chain + "#graph";
	}

	@PostMapping("/chains/{chain}/edges/delete")
	String disconnect(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String chain,
			@RequestParam(required = false) String upstream, @RequestParam(required = false) String downstream,
			RedirectAttributes redirect) {
		this.chains.editable(chain, me.scope());
		Forms.attempt(redirect, this.texts, Forms.typed(), "edgeRemoved",
				() -> this.chains.disconnect(chain, edge(upstream, downstream), me.scope()));
		return "redirect:/chains/" + chain + "#graph";
	}

	@PostMapping("/chains/{chain}/documents")
	String upload(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String chain,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		this.chains.editable(chain, me.scope());
		Forms.attempt(redirect, this.texts, Forms.typed(), "document", () -> {
			try {
				this.documents.upload(chain, (file != null) ? file.getOriginalFilename() : null,
						(file != null) ? file.getBytes() : null, me.getUsername(), me.scope());
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		return "redirect:/chains/" + chain + "#documents";
	}

	@GetMapping("/chains/{chain}/documents/{document}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String chain,
			@PathVariable long document) {
		FileCheck.Checked file = this.documents.download(chain, document, me.scope());
		return FileResponses.attachment(file.fileName(), file.contentType(), file.content());
	}

	@PostMapping("/chains/{chain}/documents/{document}/delete")
	String deleteDocument(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String chain,
			@PathVariable long document, RedirectAttributes redirect) {
		this.chains.editable(chain, me.scope());
		Forms.attempt(redirect, this.texts, Forms.typed(), "documentRemoved",
				() -> this.documents.delete(chain, document, me.scope()));
		return "redirect:/chains/" + chain + "#documents";
	}

	private static ChainEdge edge(String upstream, String downstream) {
		if (upstream == null || upstream.isBlank()) {
			throw Forms.refused("upstream", "required");
		}
		if (downstream == null || downstream.isBlank()) {
			throw Forms.refused("downstream", "required");
		}
		return new ChainEdge(upstream.strip(), downstream.strip());
	}

}
