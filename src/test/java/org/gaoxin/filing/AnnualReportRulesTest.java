package org.gaoxin.filing;

import java.math.BigDecimal;
import java.util.Map;

import org.gaoxin.support.TestReports;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each broken rule names the field a form shows it at; the English list is unchanged. */
class AnnualReportRulesTest {

	@Test
	void aPlausibleReportBreaksNoRule() {
		assertThat(TestReports.report(1, 2022, ReportStatus.DRAFT).violations()).isEmpty();
	}

	@Test
	void brokenRulesNameTheirFieldAndKeepTheirEnglishStatement() {
		AnnualReport report = TestReports.report(1, 2022, ReportStatus.DRAFT,
				Map.of(ReportField.RD_EXPENSE, new BigDecimal("13000"), ReportField.TECH_CONVERSIONS, -1));
		assertThat(report.violations()).extracting(ReportViolation::field, ReportViolation::rule)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ReportField.TECH_CONVERSIONS, "nonNegative"),
					org.assertj.core.groups.Tuple.tuple(ReportField.RD_EXPENSE, "rdWithinRevenue"));
		assertThat(report.consistencyViolations()).containsExactly("tech_conversions must not be negative",
				"R&D expense (qc236) ≤ operating revenue (qc05_0)");
	}

	@Test
	void aReportIsBuiltFromEveryFieldAndCountsMustBeWhole() {
		AnnualReport report = AnnualReport.of(7, 2022, ReportStatus.DRAFT, true, TestReports.plausibleFigures());
		for (ReportField field : ReportField.values()) {
			assertThat(new BigDecimal(field.valueIn(report).toString()))
				.isEqualByComparingTo(new BigDecimal(TestReports.plausibleFigures().get(field).toString()));
		}
		assertThat(report.withStatus(ReportStatus.SUBMITTED).status()).isEqualTo(ReportStatus.SUBMITTED);
		Map<ReportField, Number> missing = TestReports.plausibleFigures();
		missing.remove(ReportField.TAXES_PAID);
		assertThatThrownBy(() -> AnnualReport.of(7, 2022, ReportStatus.DRAFT, false, missing))
			.hasMessageContaining("qc13");
	}

}
