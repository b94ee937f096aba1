package org.gaoxin.qualification.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How amounts and shares read in conditions and gaps. */
final class Format {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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

	/** Thousand yuan, exactly, in 万元 (Chinese) and million yuan (English). */
	static Bilingual money(BigDecimal thousandYuan) {
		return new Bilingual(plain(thousandYuan.movePointLeft(1)) + "万元",
				plain(thousandYuan.movePointLeft(3)) + " million yuan");
	}

	/**
	 * How far a share is below its target, in percentage points rounded up to two
	 * decimals.
	 */
	static Bilingual pointsShort(Ratio share, BigDecimal target) {
		BigDecimal value = share.numerator().divide(share.denominator(), java.math.MathContext.DECIMAL64);
		BigDecimal points = target.subtract(value).multiply(HUNDRED).setScale(2, RoundingMode.CEILING);
		return new Bilingual("差" + plain(points) + "个百分点", plain(points) + " percentage points short");
	}

	/**
	 * A missing amount, rounded up to 100 yuan so that doing what it says is always
	 * enough.
	 */
	static Bilingual moneyNeeded(BigDecimal thousandYuan) {
		BigDecimal wan = thousandYuan.movePointLeft(1).setScale(2, RoundingMode.CEILING);
		return new Bilingual(plain(wan) + "万元", plain(wan.movePointLeft(2)) + " million yuan");
	}

}
