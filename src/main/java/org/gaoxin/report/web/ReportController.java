package org.gaoxin.report.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.region.ZoneYear;
import org.gaoxin.report.ReportFormat;
import org.gaoxin.report.ReportJob;
import org.gaoxin.report.ReportKind;
import org.gaoxin.report.Reports;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.standard.StandardKind;
import org.gaoxin.standard.Standards;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 报告文档: choose a zone, year, standard and report; follow its generation; download it as
 * Word, PDF or Excel. Who may is decided before anything asked is looked at.
 */
@Controller
class ReportController {

	private final Reports reports;

	private final ZoneChoices choices;

	private final Standards standards;

	ReportController(Reports reports, ZoneChoices choices, Standards standards) {
		this.reports = reports;
		this.choices = choices;
		this.standards = standards;
	}

	@GetMapping("/documents")
	String page(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, Model model) {
		allowed(me);
		Optional<ZoneYear> choice = this.choices.choose(me, zone, year);
		model.addAttribute("choice", choice.orElse(null));
		model.addAttribute("kinds", ReportKind.values());
		// a report states a verdict: threshold standards only (scoring ones are on the
		// evaluation page)
		model.addAttribute("standards", this.standards.offered(StandardKind.THRESHOLD));
		model.addAttribute("jobs", this.reports.jobs(me.getUsername()));
		return "report/documents";
	}

	@PostMapping("/documents")
	String start(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam String kind, @RequestParam String zone,
			@RequestParam int year, @RequestParam(required = false) String standard, Locale locale) {
		allowed(me);
		ReportKind chosen;
		try {
			chosen = ReportKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("No report kind " + kind);
		}
		String judged = (standard == null || standard.isBlank()) ? null : standard;
		if (judged != null) {
			// refused here, with its message, rather than in the job a moment later
			this.standards.resolveThreshold(judged);
		}
		ReportJob job = this.reports.start(chosen, zone, year, judged, locale, me.getUsername(), me.scope());
		return "redirect:/documents/" + job.id();
	}

	@GetMapping("/documents/{id}")
	String job(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String id, Model model) {
		allowed(me);
		model.addAttribute("job", this.reports.job(id, me.getUsername()));
		return "report/job";
	}

	@GetMapping("/documents/{id}/progress")
	String progress(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String id, Model model) {
		allowed(me);
		model.addAttribute("job", this.reports.job(id, me.getUsername()));
		return "report/job :: progress";
	}

	@GetMapping("/documents/{id}/file.{format}")
	ResponseEntity<byte[]> file(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String id,
			@PathVariable String format) {
		allowed(me);
		ReportJob job = this.reports.job(id, me.getUsername());
		ReportFormat chosen = List.of(ReportFormat.values())
			.stream()
			.filter((f) -> f.extension().equals(format))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No report format " + format));
		byte[] file = job.files().get(chosen);
		if (file == null) {
			throw new NotFoundException("Report " + id + " has no " + format + " (yet)");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(chosen.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(job.fileName() + "." + chosen.extension())
						.build()
						.toString())
			.body(file);
	}

	private static void allowed(GaoxinPrincipal me) {
		if (!Reports.canGenerate(me.scope(), null)) {
			throw new AccessDeniedException("Zone reports are for the zone's staff and viewers");
		}
	}

}
