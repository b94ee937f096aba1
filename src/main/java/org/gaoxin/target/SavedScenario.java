package org.gaoxin.target;

import java.time.Instant;

/**
 * A what-if scenario saved for the zone, shared by its staff; {@code version} counts its
 * saves (1 when created), which a change must name to be accepted.
 */
public record SavedScenario(long id, String zoneCode, ScenarioDraft draft, String createdBy, Instant createdAt,
		String updatedBy, Instant updatedAt, int version) {
}
