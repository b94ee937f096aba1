package org.gaoxin.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A qualitative score (0–100) entered for a zone-year on a scoring standard's indicator,
 * with who entered it and when; {@code version} counts its saves.
 */
public record QualitativeScore(String standardCode, String indicatorCode, String zoneCode, int year, BigDecimal score,
		String note, String enteredBy, Instant enteredAt, int version) {
}
