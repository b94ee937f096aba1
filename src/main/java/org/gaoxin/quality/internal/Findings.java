package org.gaoxin.quality.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;

import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.filing.ReportField;
import org.gaoxin.quality.Finding;
import org.gaoxin.quality.FindingKind;
import org.gaoxin.quality.Severity;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Unit;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Makes findings with their message in both languages, from the quality bundle, so that
 * the API and the page say the same thing.
 */
@Component
public class Findings {

	private final MessageSource messages;

	Findings(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A finding; {@code args} gives the message's arguments for a language (true for
	 * Chinese), already as text so that years and codes are not formatted as numbers.
	 */
	public Finding of(FindingKind kind, Severity severity, Enterprise enterprise, ReportField field, int year,
			BigDecimal value, BigDecimal previousValue, Unit unit, String messageKey,
			Function<Boolean, Object[]> args) {
		LocalizedText message = new LocalizedText(text(messageKey, true, args.apply(true)),
				text(messageKey, false, args.apply(false)));
		return new Finding(kind, severity, enterprise.id(), enterprise.creditCode(), enterprise.name(), field, year,
				value, previousValue, unit, message, Finding.linkTo(enterprise.id()));
	}

	public static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	public static String fieldName(ReportField field, boolean chinese) {
		return chinese ? field.label().zh() : field.label().en();
	}

	/** A piece of a message in one language (true for Chinese). */
	public String text(String key, boolean chinese, Object... args) {
		return text(key, args, chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
	}

	private String text(String key, Object[] args, Locale locale) {
		return this.messages.getMessage(key, args, locale);
	}

}
