package org.gaoxin.standard;

/** Whether a scored indicator rewards a higher or a lower value. */
public enum Direction {

	HIGHER("higher"), LOWER("lower");

	private final String key;

	Direction(String key) {
		this.key = key;
	}

	public String key() {
		return this.key;
	}

	public static java.util.Optional<Direction> parse(String text) {
		return java.util.Arrays.stream(values()).filter((d) -> d.key.equals(text)).findFirst();
	}

}
