package org.gaoxin.enterprise;

import org.gaoxin.shared.Message;

/**
 * The 18-character unified social credit code (统一社会信用代码) of GB 32100-2015: registration
 * authority (1), organisation type (1), administrative division (6), organisation code
 * (9) and a check character computed over the first 17 with weights 3^(i-1) mod 31.
 */
public record CreditCode(String value) {

	/** The 31 characters a code may use: digits and capitals without I, O, S, V, Z. */
	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public CreditCode {
		Message problem = problemWith(value);
		if (problem != null) {
			throw new InvalidCreditCodeException(value, problem);
		}
	}

	public static CreditCode of(String value) {
		return new CreditCode(value == null ? null : value.trim().toUpperCase(java.util.Locale.ROOT));
	}

	/** Completes 17 characters with their check character. */
	public static CreditCode withCheckCharacter(String first17) {
		return new CreditCode(first17 + checkCharacter(first17));
	}

	public String divisionCode() {
		return this.value.substring(2, 8);
	}

	/**
	 * Null when the code is valid, otherwise what is wrong with it, in the user's terms.
	 */
	public static Message problemWith(String value) {
		if (value == null || value.isEmpty()) {
			return Message.of("creditCode.empty");
		}
		if (value.length() != 18) {
			return Message.of("creditCode.length", value.length());
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(value.charAt(i)) < 0) {
				return Message.of("creditCode.character", i + 1, String.valueOf(value.charAt(i)));
			}
		}
		char expected = checkCharacter(value.substring(0, 17));
		if (value.charAt(17) != expected) {
			return Message.of("creditCode.check", String.valueOf(value.charAt(17)), String.valueOf(expected));
		}
		return null;
	}

	static char checkCharacter(String first17) {
		if (first17.length() != 17) {
			throw new IllegalArgumentException("Need 17 characters to compute a check character");
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int index = ALPHABET.indexOf(first17.charAt(i));
			if (index < 0) {
				throw new InvalidCreditCodeException(first17,
						Message.of("creditCode.character", i + 1, String.valueOf(first17.charAt(i))));
			}
			sum += index * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return ALPHABET.charAt(check == 31 ? 0 : check);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
