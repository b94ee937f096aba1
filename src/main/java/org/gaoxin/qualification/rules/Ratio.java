package org.gaoxin.qualification.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact quotient. Thresholds are checked by cross-multiplying, never on a rounded
 * decimal, so 4.999…% can never pass as 5 %.
 */
public record Ratio(BigDecimal numerator, BigDecimal denominator) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public Ratio {
		Objects.requireNonNull(numerator, "numerator");
		Objects.requireNonNull(denominator, "denominator");
		if (denominator.signum() == 0) {
			throw new IllegalArgumentException("a ratio needs a non-zero denominator");
		}
		// a positive denominator lets every comparison cross-multiply without flipping
		if (denominator.signum() < 0) {
			numerator = numerator.negate();
			denominator = denominator.negate();
		}
	}

	public static Ratio of(BigDecimal numerator, BigDecimal denominator) {
		return new Ratio(numerator, denominator);
	}

	public static Ratio of(long numerator, long denominator) {
		return new Ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
	}

	public static Ratio of(String value) {
		return new Ratio(new BigDecimal(value), BigDecimal.ONE);
	}

	public boolean atLeast(BigDecimal value) {
		return this.numerator.compareTo(value.multiply(this.denominator)) >= 0;
	}

	public boolean above(BigDecimal value) {
		return this.numerator.compareTo(value.multiply(this.denominator)) > 0;
	}

	/**
	 * How much the numerator alone must grow to reach {@code target}, e.g. R&D at a fixed
	 * revenue; zero when already there.
	 */
	public BigDecimal shortfall(BigDecimal target) {
		return target.multiply(this.denominator).subtract(this.numerator).max(BigDecimal.ZERO);
	}

	/**
	 * How much must be added to numerator and denominator alike to reach {@code target}:
	 * a new S&T employee is also an employee, new R&D is also a cost. Rounded up at
	 * {@code scale} so the amount is always enough.
	 */
	public BigDecimal shortfallAddedToBoth(BigDecimal target, int scale) {
		BigDecimal missing = target.multiply(this.denominator).subtract(this.numerator);
		if (missing.signum() <= 0) {
			return BigDecimal.ZERO.setScale(scale);
		}
		return missing.divide(BigDecimal.ONE.subtract(target), scale, RoundingMode.CEILING);
	}

	/**
	 * Percent for display, rounded towards minus infinity so a shown figure never seems
	 * to reach a threshold it misses.
	 */
	public String percent() {
		return Format.plain(this.numerator.multiply(HUNDRED).divide(this.denominator, 2, RoundingMode.FLOOR)) + "%";
	}

	/** The value for display with two decimals, rounded down like {@link #percent()}. */
	public String decimal() {
		return Format.plain(this.numerator.divide(this.denominator, 2, RoundingMode.FLOOR));
	}

}
