package org.gaoxin.industry;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A link's or a chain's figures for a year, from the approved annual reports of the
 * enterprises on it (amounts in 万元): how many, how many high-tech and technology-based,
 * output, revenue and R&D, last year's output of the same enterprises, and the share of
 * the zone's output.
 *
 * @param outputLastYear the same enterprises' output the year before; null when none was
 * approved
 * @param zoneOutput all the zone's enterprises' output in the year
 */
public record LinkFigures(int enterprises, int highTech, int techBased, int reported, BigDecimal output,
		BigDecimal revenue, BigDecimal rd, BigDecimal outputLastYear, BigDecimal zoneOutput) {

	/** Output growth over last year in percent; null without last year's output. */
	public BigDecimal growthPercent() {
		if (this.outputLastYear == null || this.outputLastYear.signum() == 0) {
			return null;
		}
		return this.output.subtract(this.outputLastYear)
			.multiply(BigDecimal.valueOf(100))
			.divide(this.outputLastYear, 1, RoundingMode.HALF_UP);
	}

	/** Share of the zone's output in percent; null when the zone has none. */
	public BigDecimal sharePercent() {
		if (this.zoneOutput == null || this.zoneOutput.signum() == 0) {
			return null;
		}
		return this.output.multiply(BigDecimal.valueOf(100)).divide(this.zoneOutput, 1, RoundingMode.HALF_UP);
	}

}
