package org.gaoxin.quality;

import java.util.List;
import java.util.Set;

import org.gaoxin.account.DataScope;
import org.gaoxin.filing.ReportRemark;
import org.gaoxin.filing.ReportRemarks;
import org.gaoxin.shared.Message;

import org.springframework.stereotype.Component;

/**
 * The data-quality findings on each report, for the reviewers' page: what kind, what was
 * found and where staff stand on it.
 */
@Component
class FindingRemarks implements ReportRemarks {

	private final DataQuality quality;

	FindingRemarks(DataQuality quality) {
		this.quality = quality;
	}

	@Override
	public List<ReportRemark> remarks(String zoneCode, Set<Integer> years, DataScope scope) {
		return years.stream()
			.sorted()
			.flatMap((year) -> this.quality.check(zoneCode, year, scope).stream())
			.map(FindingRemarks::remark)
			.toList();
	}

	private static ReportRemark remark(Finding finding) {
		FindingReview review = finding.review();
		Message status = (review.comment() != null)
				? Message.of("quality.remark.statusWithComment", review.status(), review.comment())
				: Message.of("quality.remark.status", review.status());
		return new ReportRemark(finding.enterpriseId(), finding.year(), finding.severity() == Severity.ERROR,
				review.status().settled(), Message.of("quality.remark.text", finding.kind(), finding.message()),
				status);
	}

}
