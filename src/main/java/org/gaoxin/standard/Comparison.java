package org.gaoxin.standard;

import java.util.Arrays;
import java.util.Optional;

/** How an indicator's value is compared with its threshold. */
public enum Comparison {

	AT_LEAST(">="), AT_MOST("<="), IS_TRUE("is-true");

	private final String symbol;

	Comparison(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return this.symbol;
	}

	public static Optional<Comparison> parse(String text) {
		String trimmed = (text != null) ? text.trim() : "";
		return Arrays.stream(values())
			.filter((c) -> c.symbol.equals(trimmed) || c.name().equalsIgnoreCase(trimmed))
			.findFirst();
	}

}
