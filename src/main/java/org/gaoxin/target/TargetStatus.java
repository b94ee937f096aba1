package org.gaoxin.target;

import org.gaoxin.standard.Comparison;

/**
 * Whether a target will be reached, judged from the forecast's prediction interval at the
 * target year (docs/GLOSSARY.md): on course when even the unfavourable bound reaches it,
 * off course when even the favourable bound misses it, at risk when the target lies
 * within the interval. Labels: {@code enum.TargetStatus.*}.
 */
public enum TargetStatus {

	ON_COURSE, AT_RISK, OFF_COURSE,
	/** Fewer than three years of values: no forecast, no judgement. */
	NO_FORECAST;

	public static TargetStatus of(Projection projection, java.math.BigDecimal target, Comparison comparison) {
		if (projection == null) {
			return NO_FORECAST;
		}
		boolean atLeast = comparison != Comparison.AT_MOST;
		java.math.BigDecimal unfavourable = atLeast ? projection.lower() : projection.upper();
		java.math.BigDecimal favourable = atLeast ? projection.upper() : projection.lower();
		if (reaches(unfavourable, target, atLeast)) {
			return ON_COURSE;
		}
		return reaches(favourable, target, atLeast) ? AT_RISK : OFF_COURSE;
	}

	private static boolean reaches(java.math.BigDecimal value, java.math.BigDecimal target, boolean atLeast) {
		return atLeast ? value.compareTo(target) >= 0 : value.compareTo(target) <= 0;
	}

	/** Worse means further from the target: on course, at risk, off course. */
	public boolean worseThan(TargetStatus other) {
		return this != NO_FORECAST && other != NO_FORECAST && ordinal() > other.ordinal();
	}

}
