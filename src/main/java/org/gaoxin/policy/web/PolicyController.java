package org.gaoxin.policy.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.policy.Article;
import org.gaoxin.policy.ArticleResult;
import org.gaoxin.policy.BudgetLine;
import org.gaoxin.policy.Disbursements;
import org.gaoxin.policy.PaymentList;
import org.gaoxin.policy.Policies;
import org.gaoxin.policy.Policy;
import org.gaoxin.policy.PolicyMatching;
import org.gaoxin.policy.PolicyResult;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.region.ZoneYear;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.export.TableExport;
import org.gaoxin.shared.web.FileResponses;
import org.gaoxin.shared.web.Texts;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
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
 * 政策兑现 pages: the offered policies with each article's matches, totals and budget line;
 * an article's matches with their reasons and near misses, and its payment list; one
 * enterprise's matches (an enterprise user lands on its own); a payment list to approve,
 * pay and export. Scope is the services': an enterprise sees its own rows, a chain leader
 * its chain's; lists are the zone staff's.
 */
@Controller
class PolicyController {

	private final Policies policies;

	private final PolicyMatching matching;

	private final Disbursements disbursements;

	private final Enterprises enterprises;

	private final ZoneChoices choices;

	private final Texts texts;

	private final org.gaoxin.shared.LocalTimes times;

	PolicyController(Policies policies, PolicyMatching matching, Disbursements disbursements, Enterprises enterprises,
			ZoneChoices choices, Texts texts, org.gaoxin.shared.LocalTimes times) {
		this.times = times;
		this.policies = policies;
		this.matching = matching;
		this.disbursements = disbursements;
		this.enterprises = enterprises;
		this.choices = choices;
		this.texts = texts;
	}

	@GetMapping("/policies")
	String overview(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, Model model) {
		if (me.scope().isEnterpriseUser()) {
			Enterprise own = own(me);
			return enterprisePage(me, own, this.choices.year(own.zoneCode(), year), model);
		}
		ZoneYear shown = zone(me, zone, year);
		String zoneCode = shown.zone().code();
		List<PolicyResult> results = this.matching.results(zoneCode, shown.year(), me.scope());
		model.addAttribute("choice", shown);
		model.addAttribute("zone", shown.zone());
		model.addAttribute("year", shown.year());
		model.addAttribute("results", results);
		model.addAttribute("budget", budget(me, zoneCode, shown.year()));
		model.addAttribute("lists", lists(me, zoneCode, shown.year()));
		model.addAttribute("canReadLists", Disbursements.canRead(me.scope(), zoneCode));
		model.addAttribute("versions", this.policies.versions());
		model.addAttribute("canRetire", me.role() == org.gaoxin.account.Role.ADMIN);
		return "policy/overview";
	}

	@GetMapping("/policies/{policy}/articles/{article}")
	String article(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String policy,
			@PathVariable String article, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, Model model) {
		if (me.scope().isEnterpriseUser()) {
			return "redirect:/policies";
		}
		ZoneYear shown = zone(me, zone, year);
		String zoneCode = shown.zone().code();
		Policy found = this.policies.offered(trim(policy, 64));
		Article chosen = found.article(trim(article, 64))
			.orElseThrow(() -> new NotFoundException("No article " + article));
		ArticleResult result = this.matching.results(zoneCode, shown.year(), me.scope())
			.stream()
			.filter((r) -> r.policy().code().equals(found.code()))
			.flatMap((r) -> r.articles().stream())
			.filter((a) -> a.article().code().equals(chosen.code()))
			.findFirst()
			.orElse(new ArticleResult(found, chosen, List.of(), List.of()));
		model.addAttribute("choice", shown);
		model.addAttribute("zone", shown.zone());
		model.addAttribute("year", shown.year());
		model.addAttribute("policy", found);
		model.addAttribute("article", chosen);
		model.addAttribute("articleTitle", chosen.code() + " " + this.texts.text(chosen.name()));
		model.addAttribute("result", result);
		model.addAttribute("inForce", found.inForce(shown.year()));
		model.addAttribute("canPrepare", Disbursements.canPrepare(me.scope(), zoneCode));
		model.addAttribute("list", lists(me, zoneCode, shown.year()).get(found.code() + "/" + chosen.code()));
		model.addAttribute("budget", budget(me, zoneCode, shown.year()).get(found.code() + "/" + chosen.code()));
		return "policy/article";
	}

	@GetMapping("/policies/enterprises/{id}")
	String enterprise(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long id,
			@RequestParam(required = false) Integer year, Model model) {
		Enterprise enterprise = this.enterprises.find(id, me.scope())
			.orElseThrow(() -> new NotFoundException("No enterprise " + id));
		return enterprisePage(me, enterprise, this.choices.year(enterprise.zoneCode(), year), model);
	}

	private String enterprisePage(GaoxinPrincipal me, Enterprise enterprise, int year, Model model) {
		List<PolicyResult> results = this.matching.ofEnterprise(enterprise.zoneCode(), enterprise.id(), year,
				me.scope());
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("year", year);
		model.addAttribute("years", this.choices.offered(enterprise.zoneCode()));
		model.addAttribute("results", results);
		model.addAttribute("total", results.stream().map(PolicyResult::total).reduce(BigDecimal.ZERO, BigDecimal::add));
		return "policy/enterprise";
	}

	@PostMapping("/policies/{policy}/articles/{article}/list")
	String generate(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String policy,
			@PathVariable String article, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, RedirectAttributes redirect) {
		String zoneCode = trim(zone, 32);
		if (zoneCode == null || !Disbursements.canPrepare(me.scope(), zoneCode)) {
			throw new AccessDeniedException("Only the zone's staff prepare payment lists");
		}
		int shown = this.choices.year(zoneCode, year);
		try {
			PaymentList list = this.disbursements.generate(zoneCode, trim(policy, 64), trim(article, 64), shown,
					me.scope());
			redirect.addFlashAttribute("done", "policy.list.prepared");
			return "redirect:/policies/lists/" + list.id() + "?zone=" + zoneCode;
		}
		catch (NotFoundException | AccessDeniedException ex) {
			throw ex;
		}
		catch (MessageException ex) {
			redirect.addFlashAttribute("error", this.texts.render(ex.text()));
			return "redirect:/policies/" + trim(policy, 64) + "/articles/" + trim(article, 64) + "?zone=" + zoneCode
					+ "&year=" + shown;
		}
	}

	@GetMapping("/policies/lists/{list}")
	String list(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long list,
			@RequestParam(required = false) String zone, Model model) {
		String zoneCode = requiredZone(me, zone);
		PaymentList found = this.disbursements.get(zoneCode, list, me.scope());
		Policy policy = this.policies.get(found.policyCode(), found.policyVersion());
		model.addAttribute("list", found);
		model.addAttribute("policy", policy);
		model.addAttribute("article", policy.article(found.articleCode()).orElseThrow());
		model.addAttribute("zoneCode", zoneCode);
		model.addAttribute("canApprove",
				Disbursements.canApprove(me.scope(), zoneCode) && found.status() == org.gaoxin.policy.ListStatus.DRAFT);
		model.addAttribute("ownList", me.getUsername().equals(found.preparedBy()));
		model.addAttribute("canPay", Disbursements.canPrepare(me.scope(), zoneCode)
				&& found.status() == org.gaoxin.policy.ListStatus.APPROVED);
		model.addAttribute("today", this.times.today());
		return "policy/list";
	}

	@PostMapping("/policies/lists/{list}/approve")
	String approve(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long list,
			@RequestParam(required = false) String zone, RedirectAttributes redirect) {
		String zoneCode = requiredZone(me, zone);
		if (!Disbursements.canApprove(me.scope(), zoneCode)) {
			throw new AccessDeniedException("Only headquarters approves payment lists");
		}
		try {
			this.disbursements.approve(zoneCode, list, me.scope());
			redirect.addFlashAttribute("done", "policy.list.approved");
		}
		catch (org.gaoxin.shared.ConflictException ex) {
			redirect.addFlashAttribute("error", this.texts.render(ex.text()));
		}
		return "redirect:/policies/lists/" + list + "?zone=" + zoneCode;
	}

	@PostMapping("/policies/lists/{list}/pay")
	String pay(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long list,
			@RequestParam(required = false) String zone, @RequestParam(required = false) Long lineId,
			@RequestParam(required = false) String amount, @RequestParam(required = false) String paidOn,
			@RequestParam(required = false) String voucherNo, RedirectAttributes redirect) {
		String zoneCode = requiredZone(me, zone);
		if (!Disbursements.canPrepare(me.scope(), zoneCode)) {
			throw new AccessDeniedException("Only the zone's staff record payments");
		}
		try {
			this.disbursements.pay(zoneCode, list,
					new Disbursements.Payment(lineId, decimal(amount), date(paidOn), trim(voucherNo, 200)), me.scope());
			redirect.addFlashAttribute("done", "policy.payment.recorded");
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (InputRefused ex) {
			redirect.addFlashAttribute("error",
					this.texts.render(ex.textFor(this.texts.get("policy.field." + ex.field()))));
			redirect.addFlashAttribute("errorLine", lineId);
		}
		catch (MessageException ex) {
			redirect.addFlashAttribute("error", this.texts.render(ex.text()));
			redirect.addFlashAttribute("errorLine", lineId);
		}
		return "redirect:/policies/lists/" + list + "?zone=" + zoneCode;
	}

	@GetMapping("/policies/lists/{list}/export.xlsx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long list,
			@RequestParam(required = false) String zone) {
		String zoneCode = requiredZone(me, zone);
		PaymentList found = this.disbursements.get(zoneCode, list, me.scope());
		Policy policy = this.policies.get(found.policyCode(), found.policyVersion());
		Article article = policy.article(found.articleCode()).orElseThrow();
		byte[] content = PaymentListWorkbook.write(found, policy, article, this.texts, LocaleContextHolder.getLocale());
		return FileResponses.attachment(
				"payment-list-" + found.policyCode() + "-" + found.articleCode() + "-" + found.year() + ".xlsx",
				TableExport.XLSX.toString(), content);
	}

	@PostMapping("/policies/{policy}/{version}/retire")
	String retire(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String policy,
			@PathVariable String version, RedirectAttributes redirect) {
		this.policies.retire(trim(policy, 64), trim(version, 64), me.scope());
		redirect.addFlashAttribute("done", "policy.retired");
		return "redirect:/policies";
	}

	private Map<String, BudgetLine> budget(GaoxinPrincipal me, String zone, int year) {
		Map<String, BudgetLine> budget = new HashMap<>();
		if (Disbursements.canRead(me.scope(), zone)) {
			this.disbursements.budget(zone, year, me.scope())
				.forEach((b) -> budget.put(b.policyCode() + "/" + b.articleCode(), b));
		}
		return budget;
	}

	private Map<String, PaymentList> lists(GaoxinPrincipal me, String zone, int year) {
		Map<String, PaymentList> lists = new HashMap<>();
		if (Disbursements.canRead(me.scope(), zone)) {
			this.disbursements.lists(zone, year, me.scope())
				.forEach((l) -> lists.put(l.policyCode() + "/" + l.articleCode(), l));
		}
		return lists;
	}

	private ZoneYear zone(GaoxinPrincipal me, String zone, Integer year) {
		return this.choices.choose(me, trim(zone, 32), year)
			.orElseThrow(() -> new AccessDeniedException("No zone to show"));
	}

	/**
	 * A list page names its zone; lists are the zone staff's (role first, then the id).
	 */
	private String requiredZone(GaoxinPrincipal me, String zone) {
		Optional<String> named = Optional.ofNullable(trim(zone, 32));
		if (me.scope().isEnterpriseUser() || me.role() == org.gaoxin.account.Role.CHAIN_LEADER) {
			throw new AccessDeniedException("Payment lists are the zone staff's");
		}
		return named.or(() -> this.choices.homeZone(me)).orElseThrow(() -> new InputRefused("zone", "required"));
	}

	private Enterprise own(GaoxinPrincipal me) {
		return this.enterprises.find(me.scope().enterpriseId(), me.scope())
			.orElseThrow(() -> new AccessDeniedException("No enterprise"));
	}

	private static BigDecimal decimal(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.strip().length() > 20) {
			throw new InputRefused("amount", "number");
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InputRefused("amount", "number");
		}
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new InputRefused("paidOn", "invalid");
		}
	}

	static String trim(String text, int max) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.isEmpty()) {
			return null;
		}
		return (stripped.length() > max) ? stripped.substring(0, max) : stripped;
	}

}
