package org.gaoxin.quality.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.gaoxin.filing.AnnualReport;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.filing.ReportField;
import org.gaoxin.quality.Finding;
import org.gaoxin.quality.FindingKind;
import org.gaoxin.quality.Severity;

import org.springframework.stereotype.Component;

/**
 * Figures that moved more than the jump factor against last year. A figure that was zero
 * last year has no base to compare with and is left alone.
 */
@Component
class YearOverYearCheck implements QualityCheck {

	static final List<ReportField> FIELDS = List.of(ReportField.OPERATING_REVENUE, ReportField.INDUSTRIAL_OUTPUT,
			ReportField.RD_EXPENSE, ReportField.EMPLOYEES, ReportField.TAXES_PAID);

	private final QualityThresholds thresholds;

	private final Findings findings;

	YearOverYearCheck(QualityThresholds thresholds, Findings findings) {
		this.thresholds = thresholds;
		this.findings = findings;
	}

	@Override
	public List<Finding> check(ZoneYear zoneYear) {
		List<Finding> found = new ArrayList<>();
		for (Enterprise enterprise : zoneYear.enterprises()) {
			AnnualReport now = zoneYear.reports().get(enterprise.id());
			AnnualReport before = zoneYear.lastYearReports().get(enterprise.id());
			if (now != null && before != null) {
				for (ReportField field : FIELDS) {
					jump(enterprise, field, zoneYear.year(), decimal(field.valueIn(now)),
							decimal(field.valueIn(before)), found);
				}
			}
		}
		return found;
	}

	private void jump(Enterprise enterprise, ReportField field, int year, BigDecimal now, BigDecimal before,
			List<Finding> found) {
		if (before.signum() <= 0) {
			return;
		}
		// 670 yuan of R&D becoming 64,000 is a ratio, not news: small on both sides is
		// not compared
		BigDecimal base = (field.unit() == org.gaoxin.shared.Unit.PERSONS) ? this.thresholds.minJumpBasePersons()
				: this.thresholds.minJumpBaseThousandYuan();
		if (before.max(now).compareTo(base) < 0) {
			return;
		}
		BigDecimal factor = this.thresholds.jumpFactor();
		boolean up = now.compareTo(before.multiply(factor)) > 0;
		boolean down = now.multiply(factor).compareTo(before) < 0;
		if (!up && !down) {
			return;
		}
		BigDecimal severe = this.thresholds.severeJumpFactor();
		boolean error = now.compareTo(before.multiply(severe)) > 0 || now.multiply(severe).compareTo(before) < 0;
		found.add(this.findings.of(FindingKind.YEAR_OVER_YEAR_JUMP, error ? Severity.ERROR : Severity.WARNING,
				enterprise, field, year, now, before, field.unit(),
				up ? "quality.finding.jump.up" : "quality.finding.jump.down", field.label(), before, now, field.unit(),
				factor, ratio(now, before)));
	}

	/**
	 * This year ÷ last year, the quotient the finding compares, to three significant
	 * digits; as text, so that its zeros stay written (3.00, not 3).
	 */
	private static String ratio(BigDecimal now, BigDecimal before) {
		return now.divide(before, new MathContext(3, RoundingMode.HALF_UP)).toPlainString();
	}

	private static BigDecimal decimal(Number number) {
		return new BigDecimal(number.toString());
	}

}
