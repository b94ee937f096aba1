package org.gaoxin.enterprise;

/** How many enterprises of a zone are registered, high-tech and tech-SME in a year. */
public record ZoneEnterpriseCounts(String zoneCode, int year, long enterprises, long highTech, long techSme) {

	public static ZoneEnterpriseCounts none(String zoneCode, int year) {
		return new ZoneEnterpriseCounts(zoneCode, year, 0, 0, 0);
	}

}
