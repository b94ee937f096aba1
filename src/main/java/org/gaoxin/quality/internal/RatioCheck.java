package org.gaoxin.quality.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.gaoxin.filing.AnnualReport;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.filing.ReportField;
import org.gaoxin.quality.Finding;
import org.gaoxin.quality.FindingKind;
import org.gaoxin.quality.Severity;
import org.gaoxin.shared.Unit;

import org.springframework.stereotype.Component;

/**
 * Ratios outside the plausible range: R&D and taxes as shares of operating revenue,
 * revenue per employee. Comparisons multiply rather than divide, so that a boundary value
 * (exactly 50 %) is never pushed over by rounding.
 */
@Component
class RatioCheck implements QualityCheck {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	/** Reports are in thousand yuan; thresholds per employee are in yuan. */
	private static final BigDecimal YUAN_PER_THOUSAND = new BigDecimal("1000");

	private final QualityThresholds thresholds;

	private final Findings findings;

	RatioCheck(QualityThresholds thresholds, Findings findings) {
		this.thresholds = thresholds;
		this.findings = findings;
	}

	@Override
	public List<Finding> check(ZoneYear zoneYear) {
		List<Finding> found = new ArrayList<>();
		for (Enterprise enterprise : zoneYear.enterprises()) {
			AnnualReport report = zoneYear.reports().get(enterprise.id());
			if (report != null) {
				share(enterprise, report, ReportField.RD_EXPENSE, this.thresholds.maxRdShareOfRevenue(),
						"quality.finding.rdShare", found);
				share(enterprise, report, ReportField.TAXES_PAID, this.thresholds.maxTaxShareOfRevenue(),
						"quality.finding.taxShare", found);
				revenuePerEmployee(enterprise, report, found);
			}
		}
		return found;
	}

	private void share(Enterprise enterprise, AnnualReport report, ReportField field, BigDecimal max, String key,
			List<Finding> found) {
		BigDecimal revenue = report.operatingRevenue();
		BigDecimal part = new BigDecimal(field.valueIn(report).toString());
		if (revenue.signum() <= 0 || part.compareTo(revenue.multiply(max)) <= 0) {
			return;
		}
		BigDecimal percent = part.multiply(HUNDRED).divide(revenue, 1, RoundingMode.HALF_UP);
		found.add(this.findings.of(FindingKind.IMPLAUSIBLE_RATIO, Severity.WARNING, enterprise, field, report.year(),
				percent, null, Unit.PERCENT, key, percent, max.multiply(HUNDRED)));
	}

	private void revenuePerEmployee(Enterprise enterprise, AnnualReport report, List<Finding> found) {
		int employees = report.employees();
		if (employees <= 0) {
			return;
		}
		BigDecimal revenueYuan = report.operatingRevenue().multiply(YUAN_PER_THOUSAND);
		BigDecimal people = BigDecimal.valueOf(employees);
		BigDecimal min = this.thresholds.minRevenuePerEmployeeYuan();
		BigDecimal max = this.thresholds.maxRevenuePerEmployeeYuan();
		boolean low = revenueYuan.compareTo(min.multiply(people)) < 0;
		boolean high = revenueYuan.compareTo(max.multiply(people)) > 0;
		if (!low && !high) {
			return;
		}
		BigDecimal perHead = report.operatingRevenue().divide(people, 2, RoundingMode.HALF_UP);
		BigDecimal limit = (low ? min : max).divide(YUAN_PER_THOUSAND);
		found.add(this.findings.of(FindingKind.IMPLAUSIBLE_RATIO, Severity.WARNING, enterprise,
				ReportField.OPERATING_REVENUE, report.year(), perHead, null, Unit.THOUSAND_YUAN,
				low ? "quality.finding.revenuePerEmployee.low" : "quality.finding.revenuePerEmployee.high", perHead,
				limit));
	}

}
