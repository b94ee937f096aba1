package org.gaoxin.target;

import java.math.BigDecimal;

import org.gaoxin.shared.Unit;

/**
 * A zone's target for a year: reach at least {@code value} of what {@code key} measures.
 */
public record Target(String zoneCode, String key, int year, BigDecimal value, Unit unit, String nameZh, String nameEn,
		String source) {

	/** The count of high-tech enterprises (高新技术企业数). */
	public static final String HIGH_TECH_ENTERPRISES = "high_tech_enterprises";

	public static final String SECONDARY_TERTIARY_OUTPUT = "secondary_tertiary_output";

	public static final String RD_AND_SERVICE_INSTITUTIONS = "rd_and_service_institutions";

	public static final String RD_INTENSITY = "rd_intensity";

}
