package org.gaoxin.intake.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as spreadsheets store them: a typed 19.99 is the double nearest to it, which
 * Excel writes as 19.989999999999998. Read back, it is the shortest decimal that gives
 * the same double — what the person typed — before any field's scale is applied.
 */
final class ExcelNumbers {

	private ExcelNumbers() {
	}

	/**
	 * The shortest decimal text that round-trips to the same double; the text as it is
	 * otherwise.
	 */
	static String shortest(String raw) {
		double value;
		try {
			value = Double.parseDouble(raw.strip());
		}
		catch (NumberFormatException ex) {
			return raw;
		}
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return raw;
		}
		if (value == 0) {
			return "0";
		}
		BigDecimal exact = new BigDecimal(value);
		for (int digits = 1; digits <= 17; digits++) {
			BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
			if (candidate.doubleValue() == value) {
				return plain(candidate);
			}
		}
		return plain(exact);
	}

	private static String plain(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
	}

}
