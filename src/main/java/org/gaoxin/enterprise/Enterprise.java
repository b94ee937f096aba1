package org.gaoxin.enterprise;

import org.gaoxin.shared.HighTechField;
import java.time.LocalDate;

/**
 * An enterprise of the registry. {@code aboveDesignatedSize} is its current
 * classification; each annual report carries the classification of its own year.
 */
public record Enterprise(long id, String creditCode, String name, String zoneCode, String industry,
		HighTechField techField, LocalDate registrationDate, boolean aboveDesignatedSize, boolean strategicEmerging,
		String chainCode, String chainLinkCode) {
}
