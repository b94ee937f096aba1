package org.gaoxin.shared;

import java.math.BigDecimal;

/**
 * Numbers typed by people or sent by programs, read with bounded digits and exponent: the
 * text is refused before it is expanded (a {@code 1e40000} or a thousand digits would
 * otherwise be carried through every computation), and within the limits of the column it
 * goes to.
 */
public final class Decimals {

	/** Longer texts are not read at all. */
	public static final int MAX_TEXT = 64;

	private Decimals() {
	}

	/**
	 * The number the text says, with at most {@code integerDigits} digits before the
	 * point and {@code scale} after it (trailing zeros do not count).
	 * @throws InputRefused {@code number} when it is not a number, {@code digits} when it
	 * does not fit
	 */
	public static BigDecimal parse(String field, String text, int integerDigits, int scale) {
		String trimmed = (text != null) ? text.strip() : "";
		if (trimmed.isEmpty()) {
			throw new InputRefused(field, "required");
		}
		if (trimmed.length() > MAX_TEXT) {
			throw new InputRefused(field, "digits", integerDigits, scale);
		}
		BigDecimal number;
		try {
			number = new BigDecimal(trimmed);
		}
		catch (NumberFormatException ex) {
			throw new InputRefused(field, "number");
		}
		return check(field, number, integerDigits, scale);
	}

	/** The number, if it fits the digits; an {@link InputRefused} otherwise. */
	public static BigDecimal check(String field, BigDecimal number, int integerDigits, int scale) {
		if (!fits(number, integerDigits, scale)) {
			throw new InputRefused(field, "digits", integerDigits, scale);
		}
		return number;
	}

	/**
	 * Whether the number has at most so many digits before and after the point; checked
	 * on scale and precision, which a huge exponent does not expand.
	 */
	public static boolean fits(BigDecimal number, int integerDigits, int scale) {
		// exponent bounds first: stripTrailingZeros of 1E+999999999 is cheap, but its
		// plain form is not
		if (number.scale() < -integerDigits || number.scale() > scale + 1000) {
			return false;
		}
		BigDecimal stripped = number.stripTrailingZeros();
		int fraction = Math.max(stripped.scale(), 0);
		int whole = stripped.precision() - stripped.scale();
		return fraction <= scale && whole <= integerDigits;
	}

}
