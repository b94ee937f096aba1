package org.gaoxin.filing.web;

import java.time.Clock;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.filing.AnnualReport;
import org.gaoxin.filing.AnnualReports;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.filing.InvalidReportException;
import org.gaoxin.filing.ReportLockedException;
import org.gaoxin.filing.ReportReview;
import org.gaoxin.filing.ReportStateException;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.filing.ReportWorkflow;
import org.gaoxin.filing.ReviewAction;
import org.gaoxin.shared.EditConflict;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.web.Texts;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An enterprise user's annual report form: draft, submit, and read back the reviewer's
 * comment. The enterprise is always the user's own; the request never names it.
 */
@Controller
class ReportSubmissionController {

	private static final String VIEW = "filing/submit";

	private static final int FIRST_YEAR = 2000;

	private final Enterprises enterprises;

	private final AnnualReports reports;

	private final ReportWorkflow workflow;

	private final Clock clock;

	private final Texts texts;

	ReportSubmissionController(Enterprises enterprises, AnnualReports reports, ReportWorkflow workflow, Clock clock,
			Texts texts) {
		this.enterprises = enterprises;
		this.reports = reports;
		this.workflow = workflow;
		this.clock = clock;
		this.texts = texts;
	}

	@GetMapping("/reports/submit")
	String form(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) Integer year,
			Model model) {
		Enterprise enterprise = ownEnterprise(me);
		List<AnnualReport> filed = this.reports.of(enterprise.id(), me.scope());
		int shown = (year != null) ? checkedYear(year) : defaultYear(filed);
		ReportForm form = reportOf(filed, shown)
			.map((report) -> ReportForm.of(report, this.reports.version(enterprise.id(), shown)))
			.orElseGet(() -> ReportForm.blank(shown, enterprise.aboveDesignatedSize()));
		return show(me, enterprise, filed, form, model);
	}

	/**
	 * Saves a draft (whatever is filled in) or submits (every figure, every rule). The
	 * form names the version it was opened at: a save on a stale copy keeps what was
	 * typed and shows, figure by figure, what is stored now.
	 */
	@PostMapping("/reports/submit")
	String save(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam int year, @RequestParam int version,
			@RequestParam(defaultValue = "draft") String intent, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		Enterprise enterprise = ownEnterprise(me);
		ReportForm form = ReportForm.posted(checkedYear(year), version, params);
		boolean submit = "submit".equals(intent);
		Optional<AnnualReport> report = form.toReport(enterprise.id(), !submit);
		if (report.isPresent()) {
			try {
				if (submit) {
					this.workflow.submit(report.get(), form.comment(), version, me.scope());
				}
				else {
					this.workflow.saveDraft(report.get(), version, me.scope());
				}
				redirect.addFlashAttribute("notice", submit ? "workflow.submit.submitted" : "workflow.submit.saved");
				redirect.addAttribute("year", year);
				return "redirect:/reports/submit";
			}
			catch (InvalidReportException ex) {
				form.reject(ex.violations());
			}
			catch (EditConflict ex) {
				form.rebase(ex.currentVersion());
				model.addAttribute("conflict", this.texts.render(ex.text()));
				model.addAttribute("differences", this.texts.renderAll(ex.details()));
			}
			catch (IllegalArgumentException ex) {
				// the year is checked above, so what is left is the comment's length
				model.addAttribute("error", "workflow.review.commentTooLong");
			}
			catch (ReportStateException ex) {
				redirect.addFlashAttribute("error",
						(ex instanceof ReportLockedException) ? "workflow.error.locked" : "workflow.error.state");
				redirect.addAttribute("year", year);
				return "redirect:/reports/submit";
			}
		}
		model.addAttribute("rejected", true);
		return show(me, enterprise, this.reports.of(enterprise.id(), me.scope()), form, model);
	}

	private String show(GaoxinPrincipal me, Enterprise enterprise, List<AnnualReport> filed, ReportForm form,
			Model model) {
		Optional<AnnualReport> report = reportOf(filed, form.year());
		ReportStatus status = report.map(AnnualReport::status).orElse(null);
		List<ReportReview> history = this.workflow.history(enterprise.id(), form.year(), me.scope());
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("form", form);
		model.addAttribute("groups", FieldGroup.values());
		model.addAttribute("status", status);
		model.addAttribute("editable", status == null || status.openToEnterprise());
		model.addAttribute("previous", reportOf(filed, form.year() - 1).orElse(null));
		model.addAttribute("history", history);
		model.addAttribute("returnComment", (status == ReportStatus.RETURNED) ? lastComment(history) : null);
		model.addAttribute("years", years(filed, form.year()));
		return VIEW;
	}

	private Enterprise ownEnterprise(GaoxinPrincipal me) {
		Long id = me.scope().enterpriseId();
		if (!me.scope().isEnterpriseUser() || id == null) {
			throw new AccessDeniedException("Only an enterprise's own user files its reports");
		}
		return this.enterprises.find(id, me.scope()).orElseThrow(() -> new NotFoundException("No enterprise " + id));
	}

	/**
	 * The year the enterprise most likely works on: an open report, else the year after
	 * its latest approved one, else last year.
	 */
	private int defaultYear(List<AnnualReport> filed) {
		int lastYear = Year.now(this.clock).getValue() - 1;
		if (filed.isEmpty()) {
			return lastYear;
		}
		AnnualReport latest = filed.get(filed.size() - 1);
		return (latest.status() == ReportStatus.APPROVED) ? Math.min(latest.year() + 1, lastYear + 1) : latest.year();
	}

	private int checkedYear(int year) {
		if (year < FIRST_YEAR || year > Year.now(this.clock).getValue()) {
			throw new InputRefused("year", "year", FIRST_YEAR, Year.now(this.clock).getValue());
		}
		return year;
	}

	private static List<Integer> years(List<AnnualReport> filed, int shown) {
		SortedSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
		filed.forEach((report) -> years.add(report.year()));
		years.add(shown);
		return List.copyOf(years);
	}

	private static Optional<AnnualReport> reportOf(List<AnnualReport> filed, int year) {
		return filed.stream().filter((report) -> report.year() == year).findFirst();
	}

	private static String lastComment(List<ReportReview> history) {
		for (int i = history.size() - 1; i >= 0; i--) {
			if (history.get(i).action() == ReviewAction.RETURN) {
				return history.get(i).comment();
			}
		}
		return null;
	}

}
