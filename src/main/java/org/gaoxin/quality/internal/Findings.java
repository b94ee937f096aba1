package org.gaoxin.quality.internal;

import java.math.BigDecimal;

import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.filing.ReportField;
import org.gaoxin.quality.Finding;
import org.gaoxin.quality.FindingKind;
import org.gaoxin.quality.FindingReview;
import org.gaoxin.quality.Severity;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.Unit;

import org.springframework.stereotype.Component;

/**
 * Makes findings with their message as a code of the quality bundle and language-neutral
 * arguments (numbers, years, field names, units, lists of enterprises), so that the API
 * and the page say the same thing in the reader's language.
 */
@Component
public class Findings {

	/** A finding; {@code args} are the arguments of the message {@code messageKey}. */
	public Finding of(FindingKind kind, Severity severity, Enterprise enterprise, ReportField field, int year,
			BigDecimal value, BigDecimal previousValue, Unit unit, String messageKey, Object... args) {
		return new Finding(kind, severity, enterprise.id(), enterprise.creditCode(), enterprise.name(), field, year,
				value, previousValue, unit, Message.of(messageKey, args), Finding.linkTo(enterprise.id()),
				FindingReview.NONE);
	}

	public static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

}
