package org.gaoxin.target;

import java.time.Instant;

/** A what-if scenario saved for the zone, shared by its staff. */
public record SavedScenario(long id, String zoneCode, ScenarioDraft draft, String createdBy, Instant createdAt,
		String updatedBy, Instant updatedAt) {
}
