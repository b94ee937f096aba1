package org.gaoxin.target;

import java.math.BigDecimal;

import org.gaoxin.shared.Decimals;
import org.gaoxin.shared.InputRefused;

/**
 * The numbers the target module takes from people and programs — target values, scenario
 * amounts, unit costs, budgets — read and checked by one rule (docs/VALIDATION.md): at
 * most {@value #INTEGER_DIGITS} digits before the point and {@value #SCALE} after it, the
 * columns they are stored in ({@code NUMERIC(20, 4)}), checked on the text before it is
 * expanded; money and costs are never negative; a growth percentage lies from
 * {@value #MIN_PERCENT} to {@value #MAX_PERCENT}.
 */
public final class TargetNumbers {

	public static final int INTEGER_DIGITS = 16;

	public static final int SCALE = 4;

	/** A fall of 100 % leaves nothing; further falls would make the figure negative. */
	public static final int MIN_PERCENT = -100;

	/** Eleven times the value in one step: beyond that a scenario sets it instead. */
	public static final int MAX_PERCENT = 1000;

	private TargetNumbers() {
	}

	/** A number as typed, bounded before it is expanded. */
	public static BigDecimal parse(String field, String text) {
		return Decimals.parse(field, text, INTEGER_DIGITS, SCALE);
	}

	/** A number already read (an API body's), if it fits the columns. */
	public static BigDecimal check(String field, BigDecimal number) {
		if (number == null) {
			throw new InputRefused(field, "required");
		}
		return Decimals.check(field, number, INTEGER_DIGITS, SCALE);
	}

	/** An amount of money, a cost or a count: it fits and is not negative. */
	public static BigDecimal nonNegative(String field, BigDecimal number) {
		check(field, number);
		if (number.signum() < 0) {
			throw new InputRefused(field, "negative");
		}
		return number;
	}

	/** A growth percentage within {@link #MIN_PERCENT} and {@link #MAX_PERCENT}. */
	public static BigDecimal percent(String field, BigDecimal number) {
		check(field, number);
		if (number.compareTo(BigDecimal.valueOf(MIN_PERCENT)) < 0) {
			throw new InputRefused(field, "min", MIN_PERCENT);
		}
		if (number.compareTo(BigDecimal.valueOf(MAX_PERCENT)) > 0) {
			throw new InputRefused(field, "max", MAX_PERCENT);
		}
		return number;
	}

}
