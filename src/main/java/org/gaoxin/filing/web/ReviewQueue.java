package org.gaoxin.filing.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.gaoxin.account.DataScope;
import org.gaoxin.filing.AnnualReport;
import org.gaoxin.filing.AnnualReports;
import org.gaoxin.filing.PendingReport;
import org.gaoxin.filing.ReportField;
import org.gaoxin.filing.ReportRemark;
import org.gaoxin.filing.ReportRemarks;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.filing.ReportWorkflow;
import org.gaoxin.shared.web.Texts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A zone's pending reports as a reviewer works through them: this year's key figures
 * beside last year's, and what other modules remark on the report (its data-quality
 * findings).
 */
@Component
class ReviewQueue {

	/** The figures a reviewer compares first: those the year-over-year check watches. */
	static final List<ReportField> KEY_FIELDS = List.of(ReportField.OPERATING_REVENUE, ReportField.INDUSTRIAL_OUTPUT,
			ReportField.RD_EXPENSE, ReportField.TAXES_PAID, ReportField.EMPLOYEES);

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private final ReportWorkflow workflow;

	private final AnnualReports reports;

	private final ObjectProvider<ReportRemarks> remarks;

	ReviewQueue(ReportWorkflow workflow, AnnualReports reports, ObjectProvider<ReportRemarks> remarks) {
		this.workflow = workflow;
		this.reports = reports;
		this.remarks = remarks;
	}

	/** One pending report with its figures beside last year's and its remarks. */
	record Item(PendingReport pending, boolean lastYearFiled, List<KeyFigure> figures, List<ReportRemark> remarks) {

		long serious() {
			return this.remarks.stream().filter((r) -> r.serious() && !r.settled()).count();
		}

	}

	/**
	 * A key figure of this year and last; {@code change} in percent, null without a
	 * comparable last year.
	 */
	record KeyFigure(ReportField field, String lastYear, String thisYear, BigDecimal change) {
	}

	List<Item> items(String zoneCode, DataScope scope) {
		List<PendingReport> pending = this.workflow.pending(zoneCode, scope);
		if (pending.isEmpty()) {
			return List.of();
		}
		Set<Integer> years = pending.stream().map(PendingReport::year).collect(Collectors.toSet());
		int first = years.stream().mapToInt(Integer::intValue).min().orElseThrow();
		int last = years.stream().mapToInt(Integer::intValue).max().orElseThrow();
		Map<Long, List<AnnualReport>> filed = this.reports.inZone(zoneCode, first - 1, last, scope);
		List<ReportRemark> all = this.remarks.orderedStream()
			.flatMap((source) -> source.remarks(zoneCode, years, scope).stream())
			.toList();
		return pending.stream().map((report) -> {
			Optional<AnnualReport> before = lastYear(filed.getOrDefault(report.enterpriseId(), List.of()),
					report.year());
			return new Item(report, before.isPresent(), figures(report.report(), before.orElse(null)),
					all.stream()
						.filter((r) -> r.enterpriseId() == report.enterpriseId() && r.year() == report.year())
						.toList());
		}).toList();
	}

	private static Optional<AnnualReport> lastYear(Collection<AnnualReport> filed, int year) {
		// a draft is not a report yet: the comparison is with what was filed
		return filed.stream().filter((r) -> r.year() == year - 1 && r.status() != ReportStatus.DRAFT).findFirst();
	}

	private static List<KeyFigure> figures(AnnualReport now, AnnualReport before) {
		return KEY_FIELDS.stream().map((field) -> {
			BigDecimal current = decimal(field.valueIn(now));
			BigDecimal previous = (before != null) ? decimal(field.valueIn(before)) : null;
			BigDecimal change = (previous != null && previous.signum() != 0)
					? current.subtract(previous).multiply(HUNDRED).divide(previous.abs(), 1, RoundingMode.HALF_UP)
					: null;
			return new KeyFigure(field, (previous != null) ? Texts.plain(previous) : null, Texts.plain(current),
					change);
		}).toList();
	}

	private static BigDecimal decimal(Number number) {
		return new BigDecimal(number.toString());
	}

}
