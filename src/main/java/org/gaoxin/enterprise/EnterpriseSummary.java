package org.gaoxin.enterprise;

import java.time.LocalDate;

import org.gaoxin.shared.HighTechField;

/** A row of the enterprise list, with its qualifications in the searched year. */
public record EnterpriseSummary(long id, String creditCode, String name, String zoneCode, String industry,
		HighTechField techField, LocalDate registrationDate, boolean aboveDesignatedSize, boolean strategicEmerging,
		String chainCode, String chainLinkCode, boolean highTechInYear, boolean techSmeInYear) {
}
