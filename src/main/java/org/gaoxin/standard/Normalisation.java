package org.gaoxin.standard;

/**
 * How a scoring standard turns an indicator's values across the peer set into scores; the
 * formulas are in docs/STANDARDS.md.
 */
public enum Normalisation {

	/** 100 × (v − min) ÷ (max − min); lower is better: 100 × (max − v) ÷ (max − min). */
	MIN_MAX("min-max"),

	/** 100 × v ÷ mean; lower is better: 100 × mean ÷ v; capped at 200. */
	RATIO_TO_MEAN("ratio-to-mean"),

	/** 50 + 10 × (v − mean) ÷ sd (population standard deviation); lower: 50 − 10 × z. */
	Z_SCORE("z-score");

	private final String key;

	Normalisation(String key) {
		this.key = key;
	}

	public String key() {
		return this.key;
	}

	public static java.util.Optional<Normalisation> parse(String text) {
		return java.util.Arrays.stream(values()).filter((n) -> n.key.equals(text)).findFirst();
	}

}
