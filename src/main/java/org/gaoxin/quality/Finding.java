package org.gaoxin.quality;

import java.math.BigDecimal;

import org.gaoxin.filing.ReportField;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Unit;

/**
 * One data-quality finding about one enterprise's record.
 *
 * @param field the report field concerned, or null (missing report, duplicate name)
 * @param value this year's figure; for a ratio, the ratio itself (percent, or thousand
 * yuan per employee, as {@code unit} says)
 * @param previousValue last year's figure for a year-over-year jump, otherwise null
 * @param link the path of the enterprise's page
 */
public record Finding(FindingKind kind, Severity severity, long enterpriseId, String creditCode, String enterpriseName,
		ReportField field, int year, BigDecimal value, BigDecimal previousValue, Unit unit, LocalizedText message,
		String link) {

	public static String linkTo(long enterpriseId) {
		return "/enterprises/" + enterpriseId;
	}

	public String message(boolean chinese) {
		return chinese ? this.message.zh() : this.message.en();
	}

}
