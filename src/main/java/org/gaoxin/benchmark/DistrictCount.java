package org.gaoxin.benchmark;

/** One district's enterprise counts in a year, for benchmarking across the region. */
public record DistrictCount(String districtCode, String nameZh, String nameEn, String zoneCode, long techSme,
		long highTech) {
}
