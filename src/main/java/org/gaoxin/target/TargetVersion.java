package org.gaoxin.target;

import java.math.BigDecimal;
import java.time.Instant;

import org.gaoxin.standard.Comparison;

/** One version of a target as it was set: value, who set it, when and why. */
public record TargetVersion(int version, BigDecimal value, Comparison comparison, String source, String note,
		Instant changedAt, String changedBy) {
}
