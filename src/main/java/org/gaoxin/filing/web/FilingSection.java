package org.gaoxin.filing.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.gaoxin.account.DataScope;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.EnterprisePageSection;
import org.gaoxin.filing.AnnualReports;
import org.gaoxin.filing.ReportField;
import org.gaoxin.filing.ReportReview;
import org.gaoxin.filing.ReportWorkflow;

import org.springframework.stereotype.Component;

/**
 * The enterprise page's annual reports: every year's figures, each report's status and
 * review history, and the actions the caller may take on them.
 */
@Component
class FilingSection implements EnterprisePageSection {

	private final AnnualReports reports;

	private final ReportWorkflow workflow;

	FilingSection(AnnualReports reports, ReportWorkflow workflow) {
		this.reports = reports;
		this.workflow = workflow;
	}

	@Override
	public String template() {
		return "filing/sections";
	}

	@Override
	public String fragment() {
		return "reports";
	}

	@Override
	public void contribute(Enterprise enterprise, DataScope scope, Map<String, Object> model) {
		long id = enterprise.id();
		model.put("reports", this.reports.of(id, scope));
		model.put("fields", ReportField.values());
		model.put("reviews",
				this.workflow.history(id, scope).stream().collect(Collectors.groupingBy(ReportReview::year)));
		model.put("canReview", scope.canReviewReports(enterprise.zoneCode()));
		model.put("canFile", scope.canFileReportFor(id));
	}

}
