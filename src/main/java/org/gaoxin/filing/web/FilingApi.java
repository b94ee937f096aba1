package org.gaoxin.filing.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.filing.AnnualReport;
import org.gaoxin.filing.AnnualReports;
import org.gaoxin.filing.InvalidReportException;
import org.gaoxin.filing.ReportField;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.filing.ReportViolation;
import org.gaoxin.filing.ReportWorkflow;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Annual reports", description = "Enterprises' annual reports in the Torch survey's shape")
class FilingApi {

	private final Enterprises enterprises;

	private final AnnualReports reports;

	private final ReportWorkflow workflow;

	FilingApi(Enterprises enterprises, AnnualReports reports, ReportWorkflow workflow) {
		this.enterprises = enterprises;
		this.reports = reports;
		this.workflow = workflow;
	}

	@GetMapping("/api/v1/enterprises/{creditCode}/reports")
	@Operation(summary = "The enterprise's annual reports (amounts in thousand yuan)")
	List<AnnualReport> reports(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String creditCode) {
		long id = this.enterprises.findByCreditCode(creditCode, me.scope())
			.orElseThrow(() -> new NotFoundException("No enterprise with credit code " + creditCode))
			.id();
		return this.reports.of(id, me.scope());
	}

	@PostMapping("/api/v1/reports/{year}/draft")
	@Operation(summary = "Save the caller's own annual report as a draft (enterprise users)",
			description = "figures by field key (operating_revenue, employees, …; amounts in thousand yuan); a figure left "
					+ "out stays blank. version: the version read (0 when there was no report). A stale version is 409 with "
					+ "every figure that differs and currentVersion; nothing is overwritten.")
	Draft saveDraft(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable int year, @RequestBody DraftBody body) {
		Long own = me.scope().enterpriseId();
		if (!me.scope().isEnterpriseUser() || own == null) {
			throw new AccessDeniedException("Only an enterprise's own user files its reports");
		}
		Map<ReportField, Number> figures = new EnumMap<>(ReportField.class);
		Map<String, BigDecimal> given = (body.figures() != null) ? body.figures() : Map.of();
		given.forEach((key, value) -> {
			ReportField field = ReportField.byColumn(key)
				.orElseThrow(() -> new InputRefused("figures." + key, "unknownField",
						Arrays.stream(ReportField.values()).map(ReportField::column).toList()));
			if (value != null) {
				figures.put(field, field.wholeNumber() ? wholeNumber("figures." + key, value) : value);
			}
		});
		AnnualReport draft = AnnualReport.draft(own, year, Boolean.TRUE.equals(body.aboveDesignatedSize()), figures);
		try {
			ReportWorkflow.Saved saved = this.workflow.saveDraft(draft, body.version(), me.scope());
			return new Draft(year, saved.report().status(), saved.version());
		}
		catch (InvalidReportException ex) {
			ReportViolation first = ex.violations().get(0);
			throw new InputRefused("figures." + first.field().column(), "negative");
		}
	}

	private static Integer wholeNumber(String field, BigDecimal value) {
		try {
			return value.stripTrailingZeros().intValueExact();
		}
		catch (ArithmeticException ex) {
			throw new InputRefused(field, "integer");
		}
	}

	/** A draft to save: the figures filled in so far and the version read. */
	record DraftBody(int version, Boolean aboveDesignatedSize, Map<String, BigDecimal> figures) {
	}

	/**
	 * A saved draft: its status (draft, or returned) and the version the next save names.
	 */
	record Draft(int year, ReportStatus status, int version) {
	}

}
