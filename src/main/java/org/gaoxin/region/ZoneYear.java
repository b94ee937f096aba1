package org.gaoxin.region;

import java.util.List;

/**
 * What a zone page shows and what its selectors offer: the zones the user reads, the
 * shown zone, the zone's data years (latest first) and the shown year.
 */
public record ZoneYear(List<Zone> zones, Zone zone, List<Integer> years, int year) {

	public String zoneCode() {
		return this.zone.code();
	}

}
