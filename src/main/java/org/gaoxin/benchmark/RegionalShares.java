package org.gaoxin.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.gaoxin.enterprise.ZoneEnterpriseCounts;

/**
 * A zone's technology-based SMEs and high-tech enterprises as a share of its region's
 * (渝东南 for Qianjiang: 350 of 1228 = 28.5 %, 37 of 66 = 56.1 %), with the zone's own
 * counts.
 */
public record RegionalShares(String zoneCode, String regionNameZh, String regionNameEn, int year, long techSme,
		long regionTechSme, long highTech, long regionHighTech, List<DistrictCount> districts, boolean complete,
		ZoneEnterpriseCounts own) {

	/**
	 * Null when a district of the region has no zone on the platform: its enterprises are
	 * unknown, not zero.
	 */
	public BigDecimal techSmeSharePct() {
		return this.complete ? percent(this.techSme, this.regionTechSme) : null;
	}

	public BigDecimal highTechSharePct() {
		return this.complete ? percent(this.highTech, this.regionHighTech) : null;
	}

	private static BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
