package org.gaoxin.shared;

import java.time.Clock;
import java.time.Year;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The data years the platform accepts ({@code gaoxin.years.min}, default 1990, and
 * {@code gaoxin.years.max}, default next year): a year outside them is a typing mistake
 * (−5, 99999) that would otherwise become a page's default year.
 */
@Component
public class YearRange {

	private final int min;

	private final int max;

	private final Clock clock;

	YearRange(@Value("${gaoxin.years.min:1990}") int min, @Value("${gaoxin.years.max:0}") int max, Clock clock) {
		this.min = min;
		this.max = max;
		this.clock = clock;
	}

	/** A range for tests and tools, outside a Spring context. */
	public static YearRange of(int min, int max) {
		return new YearRange(min, max, Clock.system(java.time.ZoneId.of(LocalTimes.DEFAULT_ZONE)));
	}

	public int min() {
		return this.min;
	}

	public int max() {
		return (this.max > 0) ? this.max : Year.now(this.clock).getValue() + 1;
	}

	public boolean accepts(int year) {
		return year >= min() && year <= max();
	}

	/** The year, or an {@link InputRefused} naming the field and the range. */
	public int check(String field, int year) {
		if (!accepts(year)) {
			throw new InputRefused(field, "year", min(), max());
		}
		return year;
	}

}
