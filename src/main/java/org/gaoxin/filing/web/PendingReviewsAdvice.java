package org.gaoxin.filing.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.filing.ReportWorkflow;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The count of reports waiting for the signed-in reviewer, for the badge beside 报表审核 in
 * every page's navigation.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PendingReviewsAdvice {

	private final ReportWorkflow workflow;

	PendingReviewsAdvice(ReportWorkflow workflow) {
		this.workflow = workflow;
	}

	/**
	 * Null where no page is shown (a form's post, the API, which the advice also reaches
	 * since a REST controller is a controller) and when nothing waits.
	 */
	@ModelAttribute("pendingReviews")
	Long pendingReviews(@AuthenticationPrincipal GaoxinPrincipal me, HttpServletRequest request) {
		if (me == null || !"GET".equals(request.getMethod())
				|| request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return null;
		}
		long pending = this.workflow.pendingCount(me.scope());
		return (pending > 0) ? pending : null;
	}

}
