package org.gaoxin.benchmark;

import java.math.BigDecimal;
import java.util.List;

import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Message;

/**
 * Zones or districts of a region compared on one measure in a year, the chosen zone (or
 * its district) highlighted. The region's total is the sum of every district's (never of
 * the rows shown); a district without a value is listed in {@code missingDistricts} and
 * the total is then incomplete: no shares are given.
 */
public record Benchmark(String zoneCode, String regionCode, LocalizedText regionName, int year,
		String standardReference, Measure measure, BenchmarkLevel level, List<BenchmarkRow> rows,
		BigDecimal regionTotal, BigDecimal regionPrevious, List<MissingDistrict> missingDistricts) {

	/** A district whose value is unknown, and why. */
	public record MissingDistrict(String code, LocalizedText name, List<Message> reasons) {
	}

	public boolean complete() {
		return this.missingDistricts.isEmpty();
	}

	public String displayRegionPrevious() {
		return BenchmarkRow.show(this.regionPrevious, 2);
	}

	public String displayRegionTotal() {
		return BenchmarkRow.show(this.regionTotal, 2);
	}

}
