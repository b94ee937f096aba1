package org.gaoxin.industry;

import java.math.BigDecimal;

/**
 * A year's foreign capital actually utilised (万美元) as the commerce department reports it
 * ({@code fdi_actual}) and as the projects add up; either may be missing. The difference
 * is shown, never used to replace the reported figure.
 */
public record FdiYear(int year, BigDecimal reported, BigDecimal projects) {

	/** Projects minus reported; null when either is missing. */
	public BigDecimal difference() {
		return (this.reported != null && this.projects != null) ? this.projects.subtract(this.reported) : null;
	}

}
