package org.gaoxin.qualification.rules;

/**
 * A score as a range: published bands such as "7–8" leave the exact figure to experts, so
 * a score is known only between its lowest and highest possible value.
 */
public record Points(int min, int max) {

	public static final Points ZERO = new Points(0, 0);

	public Points {
		if (min < 0 || max < min) {
			throw new IllegalArgumentException("points must satisfy 0 ≤ min ≤ max, got " + min + "–" + max);
		}
	}

	public static Points exactly(int points) {
		return new Points(points, points);
	}

	public static Points between(int min, int max) {
		return new Points(min, max);
	}

	/** An expert-entered score, or the whole published range when none was entered. */
	static Points entered(Integer score, int max) {
		return (score != null) ? exactly(score) : between(0, max);
	}

	public Points plus(Points other) {
		return new Points(this.min + other.min, this.max + other.max);
	}

	public Points cappedAt(int cap) {
		return new Points(Math.min(this.min, cap), Math.min(this.max, cap));
	}

	public boolean fixed() {
		return this.min == this.max;
	}

	/**
	 * PASS when even the lowest score reaches {@code required}, FAIL when the highest
	 * cannot.
	 */
	public Outcome against(int required) {
		if (this.min >= required) {
			return Outcome.PASS;
		}
		return (this.max < required) ? Outcome.FAIL : Outcome.DEPENDS;
	}

	@Override
	public String toString() {
		return fixed() ? String.valueOf(this.min) : this.min + "–" + this.max;
	}

}
