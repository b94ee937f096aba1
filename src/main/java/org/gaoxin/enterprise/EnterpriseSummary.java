package org.gaoxin.enterprise;

import java.time.LocalDate;

/** A row of the enterprise list, with its qualifications in the searched year. */
public record EnterpriseSummary(long id, String creditCode, String name, String zoneCode, String industry,
		LocalDate registrationDate, boolean aboveDesignatedSize, boolean strategicEmerging, String chainCode,
		boolean highTechInYear, boolean techSmeInYear) {
}
