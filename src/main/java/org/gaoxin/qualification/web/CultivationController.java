package org.gaoxin.qualification.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.chain.Chain;
import org.gaoxin.chain.Chains;
import org.gaoxin.qualification.Candidate;
import org.gaoxin.qualification.CultivationPool;
import org.gaoxin.qualification.Pool;
import org.gaoxin.qualification.Readiness;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.region.ZoneYear;
import org.gaoxin.shared.Page;
import org.gaoxin.shared.PageRequest;
import org.gaoxin.shared.export.TableExport;
import org.gaoxin.shared.web.PageLinks;
import org.gaoxin.shared.web.Texts;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 高企培育库: the pool page, filtered by readiness and text, and its export (.csv, .xlsx) in
 * the reader's language.
 */
@Controller
class CultivationController {

	private static final int PAGE_SIZE = 25;

	private final CultivationPool pool;

	private final ZoneChoices choices;

	private final Texts texts;

	private final Chains chains;

	CultivationController(CultivationPool pool, ZoneChoices choices, Texts texts, Chains chains) {
		this.pool = pool;
		this.choices = choices;
		this.texts = texts;
		this.chains = chains;
	}

	@GetMapping("/cultivation")
	String pool(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Readiness readiness,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		if (me.scope().isEnterpriseUser()) {
			return "redirect:/self-assessment";
		}
		Optional<ZoneYear> choice = this.choices.choose(me, zone, year);
		if (choice.isEmpty()) {
			return "redirect:/";
		}
		String zoneCode = choice.get().zoneCode();
		int shown = choice.get().year();
		Pool result = this.pool.pool(zoneCode, shown, me.scope());
		model.addAttribute("choice", choice.get());
		model.addAttribute("zones", choice.get().zones());
		model.addAttribute("zone", choice.get().zone());
		model.addAttribute("year", shown);
		model.addAttribute("readiness", readiness);
		model.addAttribute("q", q);
		model.addAttribute("readinessValues", Readiness.values());
		model.addAttribute("pool", result);
		List<Candidate> matching = filter(result.candidates(), readiness, q);
		PageRequest request = new PageRequest(page, PAGE_SIZE);
		int from = Math.min(request.offset(), matching.size());
		Page<Candidate> shownPage = new Page<>(matching.subList(from, Math.min(from + PAGE_SIZE, matching.size())),
				request.page(), PAGE_SIZE, matching.size());
		model.addAttribute("shown", shownPage);
		Map<String, Object> filters = new LinkedHashMap<>();
		filters.put("zone", zoneCode);
		filters.put("year", shown);
		filters.put("readiness", readiness);
		filters.put("q", q);
		model.addAttribute("pages", PageLinks.of(shownPage, "/cultivation", filters));
		model.addAttribute("exportXlsx", PageLinks.href("/cultivation/export.xlsx", filters));
		model.addAttribute("exportCsv", PageLinks.href("/cultivation/export.csv", filters));
		return "qualification/pool";
	}

	@GetMapping("/cultivation/export.csv")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam String zone,
			@RequestParam int year, @RequestParam(required = false) Readiness readiness,
			@RequestParam(required = false) String q, Locale locale) {
		Pool result = this.pool.pool(zone, year, me.scope());
		byte[] csv = candidateTable(zone, locale).csv(filter(result.candidates(), readiness, q));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("cultivation-" + zone + "-" + year + ".csv")
						.build()
						.toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv);
	}

	@GetMapping("/cultivation/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam String zone,
			@RequestParam int year, @RequestParam(required = false) Readiness readiness,
			@RequestParam(required = false) String q, Locale locale) {
		List<Candidate> candidates = filter(this.pool.pool(zone, year, me.scope()).candidates(), readiness, q);
		return TableExport.download("cultivation-" + zone + "-" + year + ".xlsx", TableExport.XLSX,
				candidateTable(zone, locale).xlsx(candidates));
	}

	/** The table in the reader's language, chains by their names. */
	private CandidateCsv candidateTable(String zone, Locale locale) {
		boolean chinese = Texts.chinese(locale);
		Map<String, String> chainNames = this.chains.inZone(zone)
			.stream()
			.collect(Collectors.toMap(Chain::code, (chain) -> chain.name(chinese)));
		return new CandidateCsv(this.texts, locale, chainNames);
	}

	static List<Candidate> filter(List<Candidate> candidates, Readiness readiness, String text) {
		String needle = (text != null && !text.isBlank()) ? text.strip() : null;
		return candidates.stream()
			.filter((c) -> readiness == null || c.readiness() == readiness)
			.filter((c) -> needle == null || c.name().contains(needle) || c.creditCode().contains(needle.toUpperCase()))
			.toList();
	}

}
