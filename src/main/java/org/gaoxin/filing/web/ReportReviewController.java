package org.gaoxin.filing.web;

import java.util.List;
import java.util.Locale;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.filing.ReportLockedException;
import org.gaoxin.filing.ReportStateException;
import org.gaoxin.filing.ReportWorkflow;
import org.gaoxin.filing.ReviewAction;
import org.gaoxin.filing.SecondReviewerRequiredException;
import org.gaoxin.region.Regions;
import org.gaoxin.region.Zone;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * The reviewers' to-do list: the zone's submitted reports with last year's figures and
 * their findings beside them, approve (one or several at once) and return forms, and
 * reopening an approved report with a reason.
 */
@Controller
class ReportReviewController {

	private static final Logger log = LoggerFactory.getLogger(ReportReviewController.class);

	private static final String VIEW = "filing/review";

	/** The latest approvals the page offers to reopen. */
	private static final int RECENTLY_APPROVED = 20;

	private final ReportWorkflow workflow;

	private final Enterprises enterprises;

	private final Regions regions;

	private final ReviewQueue queue;

	private final ZoneChoices choices;

	ReportReviewController(ReportWorkflow workflow, Enterprises enterprises, Regions regions, ReviewQueue queue,
			ZoneChoices choices) {
		this.workflow = workflow;
		this.queue = queue;
		this.enterprises = enterprises;
		this.regions = regions;
		this.choices = choices;
	}

	@GetMapping("/reports/review")
	String pending(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			Model model) {
		List<Zone> zones = reviewedZones(me);
		// a blank zone is no choice; an unknown one is not found, another's forbidden
		Zone shown = this.choices.among(me, zone, zones);
		model.addAttribute("zones", zones);
		model.addAttribute("zone", shown);
		model.addAttribute("items", this.queue.items(shown.code(), me.scope()));
		model.addAttribute("approved", this.workflow.recentlyApproved(shown.code(), RECENTLY_APPROVED, me.scope()));
		model.addAttribute("maxComment", ReportWorkflow.MAX_COMMENT_LENGTH);
		model.addAttribute("fourEyes", this.workflow.fourEyes());
		return VIEW;
	}

	/**
	 * Approves the selected reports one by one, each through the workflow with the
	 * caller's scope in its own transaction, and reports every outcome: one that fails
	 * leaves the others approved.
	 */
	@PostMapping("/reports/review/approve")
	String approveSelected(@AuthenticationPrincipal GaoxinPrincipal me,
			@RequestParam(name = "selected", required = false) List<String> selected,
			@RequestParam(required = false) String comment, @RequestParam(required = false) String zone,
			RedirectAttributes redirect) {
		List<Zone> zones = reviewedZones(me);
		List<ReportSelection> reports = ReportSelection.parseAll((selected != null) ? selected : List.of());
		if (reports.isEmpty()) {
			redirect.addFlashAttribute("bulkError", "workflow.review.noneSelected");
		}
		else {
			redirect.addFlashAttribute("outcomes",
					reports.stream().map((report) -> approve(me, report, comment)).toList());
		}
		String back = zones.stream().map(Zone::code).filter((code) -> code.equals(zone)).findFirst().orElse(null);
		if (back != null) {
			redirect.addAttribute("zone", back);
		}
		return "redirect:/reports/review";
	}

	/**
	 * One report of several: its own transaction (the workflow's), its own outcome. A
	 * refusal is told with its reason; even a failure of the application on one report is
	 * told for that report only, since those before it are approved already.
	 */
	private ApprovalOutcome approve(GaoxinPrincipal me, ReportSelection report, String comment) {
		String subject = this.enterprises.find(report.enterpriseId(), me.scope())
			.map(Enterprise::name)
			.orElse("#" + report.enterpriseId()) + " · " + report.year();
		try {
			this.workflow.approve(report.enterpriseId(), report.year(), comment, me.scope());
			return ApprovalOutcome.approved(subject);
		}
		catch (NotFoundException ex) {
			return ApprovalOutcome.notFound(subject);
		}
		catch (AccessDeniedException ex) {
			return ApprovalOutcome.refused(subject, "workflow.error.forbidden");
		}
		catch (SecondReviewerRequiredException ex) {
			return ApprovalOutcome.refused(subject, SecondReviewerRequiredException.TEXT);
		}
		catch (ReportLockedException ex) {
			return ApprovalOutcome.refused(subject, "workflow.error.locked");
		}
		catch (ReportStateException ex) {
			return ApprovalOutcome.refused(subject, "workflow.error.state");
		}
		catch (IllegalArgumentException ex) {
			return ApprovalOutcome.refused(subject, "workflow.review.commentTooLong");
		}
		catch (RuntimeException ex) {
			log.error("Approving the {} report of enterprise {} failed", report.year(), report.enterpriseId(), ex);
			return ApprovalOutcome.refused(subject, "error.generic");
		}
	}

	private List<Zone> reviewedZones(GaoxinPrincipal me) {
		List<Zone> zones = this.regions.zones().stream().filter((z) -> me.scope().canReviewReports(z.code())).toList();
		if (zones.isEmpty()) {
			throw new AccessDeniedException("Not a reviewer of any zone");
		}
		return zones;
	}

	@PostMapping("/reports/review/{id}/{year}/approve")
	String approve(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long id, @PathVariable int year,
			@RequestParam(required = false) String comment, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		return act(me, id, year, ReviewAction.APPROVE, comment, back, redirect);
	}

	@PostMapping("/reports/review/{id}/{year}/return")
	String returnForRevision(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long id, @PathVariable int year,
			@RequestParam(required = false) String comment, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		return act(me, id, year, ReviewAction.RETURN, comment, back, redirect);
	}

	@PostMapping("/reports/review/{id}/{year}/reopen")
	String reopen(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long id, @PathVariable int year,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		return act(me, id, year, ReviewAction.REOPEN, reason, back, redirect);
	}

	/** Reopening from the review page, where the reviewer knows the credit code. */
	@PostMapping("/reports/review/reopen")
	String reopenByCreditCode(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam String creditCode,
			@RequestParam int year, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Enterprise enterprise = this.enterprises
			.findByCreditCode(creditCode.strip().toUpperCase(Locale.ROOT), me.scope())
			.orElseThrow(() -> new NotFoundException("No enterprise with credit code " + creditCode));
		return act(me, enterprise.id(), year, ReviewAction.REOPEN, reason, null, redirect);
	}

	private String act(GaoxinPrincipal me, long id, int year, ReviewAction action, String comment, String back,
			RedirectAttributes redirect) {
		Enterprise enterprise = this.enterprises.find(id, me.scope())
			.orElseThrow(() -> new NotFoundException("No enterprise " + id));
		redirect.addFlashAttribute("subject", enterprise.name() + " · " + year);
		if (action.commentRequired() && (comment == null || comment.isBlank())) {
			redirect.addFlashAttribute("error", "workflow.review.commentRequired." + action);
		}
		else {
			try {
				switch (action) {
					case APPROVE -> this.workflow.approve(id, year, comment, me.scope());
					case RETURN -> this.workflow.returnForRevision(id, year, comment, me.scope());
					case REOPEN -> this.workflow.reopen(id, year, comment, me.scope());
					default -> throw new IllegalArgumentException("Not a review action: " + action);
				}
				redirect.addFlashAttribute("notice", "workflow.review.done." + action);
				redirect.addFlashAttribute("newStatus", action.target());
			}
			catch (ReportLockedException ex) {
				redirect.addFlashAttribute("error", "workflow.error.locked");
			}
			catch (ReportStateException ex) {
				redirect.addFlashAttribute("error", "workflow.error.state");
			}
			catch (SecondReviewerRequiredException ex) {
				redirect.addFlashAttribute("error", "workflow.error.secondReviewer");
			}
			catch (IllegalArgumentException ex) {
				redirect.addFlashAttribute("error", "workflow.review.commentTooLong");
			}
		}
		if ("detail".equals(back)) {
			// the enterprise page is long: the browser goes to the year acted on, where
			// the
			// outcome is told beside the report's status
			redirect.addFlashAttribute("actedYear", year);
			return "redirect:/enterprises/" + id + "#report-status-" + year;
		}
		redirect.addAttribute("zone", enterprise.zoneCode());
		return "redirect:/reports/review";
	}

}
