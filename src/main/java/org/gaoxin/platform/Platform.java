package org.gaoxin.platform;

/**
 * An innovation platform, active from its establishment year until (excluding) the year
 * it closed.
 */
public record Platform(long id, String zoneCode, PlatformKind kind, String name, PlatformLevel level,
		int establishedYear, Integer closedYear) {

	public boolean activeIn(int year) {
		return this.establishedYear <= year && (this.closedYear == null || year < this.closedYear);
	}

}
