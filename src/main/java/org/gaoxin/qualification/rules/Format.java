package org.gaoxin.qualification.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.gaoxin.shared.Message;
import org.gaoxin.shared.Money;

/**
 * How amounts and shares read in conditions and gaps, and the few messages every rule set
 * uses.
 */
final class Format {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	static final Message YES = Message.of("qualification.yes");

	static final Message NO = Message.of("qualification.no");

	static final Message NOT_KNOWN = Message.of("qualification.notKnown");

	static final Message NOT_DECLARED = Message.of("qualification.notDeclared");

	static final Message TO_BE_DECLARED = Message.of("qualification.toBeDeclared");

	/** No figure to show (no staff, no revenue). */
	static final Message NO_FIGURE = Message.of("qualification.noFigure");

	private Format() {
	}

	static String plain(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
	}

	/** A fraction such as 0.6 as "60%". */
	static String percent(BigDecimal fraction) {
		return plain(fraction.multiply(HUNDRED)) + "%";
	}

	static Message yesNo(boolean yes) {
		return yes ? YES : NO;
	}

	/** A figure that reads the same in every language: "25%", "120", "0–20/20". */
	static Message figure(Object figure) {
		return Message.of("qualification.figure", String.valueOf(figure));
	}

	static Message atLeast(Object bound) {
		return Message.of("qualification.atLeast", String.valueOf(bound));
	}

	static Message atMost(Object bound) {
		return Message.of("qualification.atMost", String.valueOf(bound));
	}

	/** A share with its counts: "25% (30/120)". */
	static Message shareOf(Ratio share, int part, int whole) {
		return Message.of("qualification.shareOf", share.percent(), part, whole);
	}

	/**
	 * How far a share is below its target, in percentage points rounded up to two
	 * decimals.
	 */
	static Message pointsShort(Ratio share, BigDecimal target) {
		BigDecimal value = share.numerator().divide(share.denominator(), MathContext.DECIMAL64);
		BigDecimal points = target.subtract(value).multiply(HUNDRED).setScale(2, RoundingMode.CEILING);
		return Message.of("qualification.pointsShort", points);
	}

	/**
	 * An amount held against an upper limit, read to 100 yuan like every gap and rounded
	 * up, so that a value over the limit never reads as within it.
	 */
	static Money amountAgainstLimit(BigDecimal thousandYuan) {
		return moneyNeeded(thousandYuan);
	}

	/**
	 * A missing amount, rounded up to 100 yuan (0.1 thousand) so that doing what it says
	 * is always enough.
	 */
	static Money moneyNeeded(BigDecimal thousandYuan) {
		return Money.thousandYuan(thousandYuan.setScale(1, RoundingMode.CEILING));
	}

}
