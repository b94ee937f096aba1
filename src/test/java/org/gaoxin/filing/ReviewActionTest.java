package org.gaoxin.filing;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The transition table of the submission workflow, every cell of it. */
class ReviewActionTest {

	@Test
	void submittingStartsAReportOrSendsADraftOrAReturnedOneForReview() {
		assertAllowedFrom(ReviewAction.SUBMIT, EnumSet.of(ReportStatus.DRAFT, ReportStatus.RETURNED), true);
		assertThat(ReviewAction.SUBMIT.target()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(ReviewAction.SUBMIT.commentRequired()).isFalse();
	}

	@Test
	void onlyASubmittedReportIsApprovedOrReturned() {
		assertAllowedFrom(ReviewAction.APPROVE, EnumSet.of(ReportStatus.SUBMITTED), false);
		assertAllowedFrom(ReviewAction.RETURN, EnumSet.of(ReportStatus.SUBMITTED), false);
		assertThat(ReviewAction.APPROVE.target()).isEqualTo(ReportStatus.APPROVED);
		assertThat(ReviewAction.RETURN.target()).isEqualTo(ReportStatus.RETURNED);
		assertThat(ReviewAction.APPROVE.commentRequired()).isFalse();
		assertThat(ReviewAction.RETURN.commentRequired()).isTrue();
	}

	@Test
	void onlyAnApprovedReportIsReopenedAndItGoesBackToSubmittedWithAReason() {
		assertAllowedFrom(ReviewAction.REOPEN, EnumSet.of(ReportStatus.APPROVED), false);
		assertThat(ReviewAction.REOPEN.target()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(ReviewAction.REOPEN.commentRequired()).isTrue();
	}

	@Test
	void savingADraftKeepsAReturnedReportReturnedAndIsRefusedOnceSubmitted() {
		assertThat(ReportStatus.afterDraftSaved(null)).isEqualTo(ReportStatus.DRAFT);
		assertThat(ReportStatus.afterDraftSaved(ReportStatus.DRAFT)).isEqualTo(ReportStatus.DRAFT);
		assertThat(ReportStatus.afterDraftSaved(ReportStatus.RETURNED)).isEqualTo(ReportStatus.RETURNED);
		assertThatThrownBy(() -> ReportStatus.afterDraftSaved(ReportStatus.SUBMITTED))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ReportStatus.afterDraftSaved(ReportStatus.APPROVED))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(EnumSet.allOf(ReportStatus.class)).filteredOn(ReportStatus::openToEnterprise)
			.containsExactlyInAnyOrder(ReportStatus.DRAFT, ReportStatus.RETURNED);
	}

	private static void assertAllowedFrom(ReviewAction action, Set<ReportStatus> allowed, boolean fromNothing) {
		for (ReportStatus status : ReportStatus.values()) {
			assertThat(action.allowedFrom(status)).as(action + " from " + status).isEqualTo(allowed.contains(status));
		}
		assertThat(action.allowedFrom(null)).as(action + " without a report").isEqualTo(fromNothing);
	}

}
