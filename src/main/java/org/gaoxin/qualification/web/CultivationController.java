package org.gaoxin.qualification.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.qualification.Candidate;
import org.gaoxin.qualification.CultivationPool;
import org.gaoxin.qualification.Pool;
import org.gaoxin.qualification.Readiness;
import org.gaoxin.region.Regions;
import org.gaoxin.region.Zone;
import org.gaoxin.shared.Page;
import org.gaoxin.shared.PageRequest;
import org.gaoxin.shared.ReportingYears;
import org.gaoxin.shared.export.TableExport;
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

	private final Regions regions;

	private final ReportingYears years;

	private final Texts texts;

	CultivationController(CultivationPool pool, Regions regions, ReportingYears years, Texts texts) {
		this.pool = pool;
		this.regions = regions;
		this.years = years;
		this.texts = texts;
	}

	@GetMapping("/cultivation")
	String pool(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Readiness readiness,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		if (me.scope().isEnterpriseUser()) {
			return "redirect:/self-assessment";
		}
		List<Zone> zones = this.regions.readableBy(me.scope());
		if (zones.isEmpty()) {
			return "redirect:/";
		}
		String zoneCode = (zone != null) ? zone : zones.get(0).code();
		int shown = (year != null) ? year : this.years.defaultYear();
		Pool result = this.pool.pool(zoneCode, shown, me.scope());
		model.addAttribute("zones", zones);
		model.addAttribute("zone", this.regions.zone(zoneCode));
		model.addAttribute("year", shown);
		model.addAttribute("readiness", readiness);
		model.addAttribute("q", q);
		model.addAttribute("readinessValues", Readiness.values());
		model.addAttribute("pool", result);
		List<Candidate> matching = filter(result.candidates(), readiness, q);
		PageRequest request = new PageRequest(page, PAGE_SIZE);
		int from = Math.min(request.offset(), matching.size());
		model.addAttribute("shown", new Page<>(matching.subList(from, Math.min(from + PAGE_SIZE, matching.size())),
				request.page(), PAGE_SIZE, matching.size()));
		return "qualification/pool";
	}

	@GetMapping("/cultivation/export.csv")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam String zone,
			@RequestParam int year, @RequestParam(required = false) Readiness readiness,
			@RequestParam(required = false) String q, Locale locale) {
		Pool result = this.pool.pool(zone, year, me.scope());
		byte[] csv = new CandidateCsv(this.texts, locale).csv(filter(result.candidates(), readiness, q));
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
				new CandidateCsv(this.texts, locale).xlsx(candidates));
	}

	static List<Candidate> filter(List<Candidate> candidates, Readiness readiness, String text) {
		String needle = (text != null && !text.isBlank()) ? text.strip() : null;
		return candidates.stream()
			.filter((c) -> readiness == null || c.readiness() == readiness)
			.filter((c) -> needle == null || c.name().contains(needle) || c.creditCode().contains(needle.toUpperCase()))
			.toList();
	}

}
