package org.gaoxin.quality;

import java.math.BigDecimal;

import org.gaoxin.filing.ReportField;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.Unit;

/**
 * One data-quality finding about one enterprise's record.
 *
 * @param field the report field concerned, or null (missing report, duplicate name)
 * @param value this year's figure; for a ratio, the ratio itself (percent, or thousand
 * yuan per employee, as {@code unit} says)
 * @param previousValue last year's figure for a year-over-year jump, otherwise null
 * @param message what was found ({@code quality.finding.*}), rendered in the reader's
 * language
 * @param link the path of the enterprise's page
 * @param review what zone staff recorded about the finding ({@link FindingReview#NONE}
 * until they do)
 */
public record Finding(FindingKind kind, Severity severity, long enterpriseId, String creditCode, String enterpriseName,
		ReportField field, int year, BigDecimal value, BigDecimal previousValue, Unit unit, Message message,
		String link, FindingReview review) {

	/** The finding's identity in its zone, under which its status is kept. */
	public FindingKey key(String zoneCode) {
		return new FindingKey(zoneCode, this.year, this.kind, this.enterpriseId, this.field);
	}

	public Finding withReview(FindingReview recorded) {
		return new Finding(this.kind, this.severity, this.enterpriseId, this.creditCode, this.enterpriseName,
				this.field, this.year, this.value, this.previousValue, this.unit, this.message, this.link, recorded);
	}

	public static String linkTo(long enterpriseId) {
		return "/enterprises/" + enterpriseId;
	}

}
