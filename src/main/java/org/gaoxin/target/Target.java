package org.gaoxin.target;

import java.math.BigDecimal;
import java.util.Objects;

import org.gaoxin.shared.InputRefused;
import org.gaoxin.standard.Comparison;

/**
 * A zone's target for a year: what {@code metricKey} measures is to be at least (or at
 * most) {@code value}.
 *
 * @param version 1 when first set, one more with every change
 * @param source where the target comes from (a plan, a decision)
 */
public record Target(String zoneCode, String metricKey, int year, BigDecimal value, Comparison comparison, int version,
		String source) {

	/** The count of high-tech enterprises (高新技术企业数). */
	public static final String HIGH_TECH_ENTERPRISES = "high_tech_enterprises";

	public static final String SECONDARY_TERTIARY_OUTPUT = "secondary_tertiary_output";

	public static final String RD_AND_SERVICE_INSTITUTIONS = "rd_and_service_institutions";

	public static final String RD_INTENSITY = "rd_intensity";

	/** How many core indicators of the standard are met: all of them by the deadline. */
	public static final String CORE_INDICATORS_MET = "core_indicators_met";

	/**
	 * A value and a comparison are given; a target is a number to reach or not exceed.
	 */
	public Target {
		Objects.requireNonNull(zoneCode, "zoneCode");
		Objects.requireNonNull(metricKey, "metricKey");
		if (value == null) {
			throw new InputRefused("value", "required");
		}
		if (comparison == null) {
			throw new InputRefused("comparison", "required");
		}
		if (comparison == Comparison.IS_TRUE) {
			throw new InputRefused("comparison", "invalid");
		}
	}

	/** A first version of a target. */
	public static Target of(String zoneCode, String metricKey, int year, BigDecimal value, String source) {
		return new Target(zoneCode, metricKey, year, value, Comparison.AT_LEAST, 1, source);
	}

	public boolean reachedBy(BigDecimal actual) {
		return (this.comparison == Comparison.AT_LEAST) ? actual.compareTo(this.value) >= 0
				: actual.compareTo(this.value) <= 0;
	}

}
