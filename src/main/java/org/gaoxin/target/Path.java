package org.gaoxin.target;

import java.util.List;

/**
 * The path to full accreditation seen from a data year: for every unmet or at-risk core
 * indicator the cheapest way to close it that the platform knows — candidates for the
 * enterprise counts, yearly growth for the rest — by the deadline.
 *
 * @param deadlineYear the pilot's deadline (or the first target year when there is none)
 */
public record Path(String zoneCode, int year, String standardReference, int deadlineYear, HighTechPath highTech,
		TechSmePath techSme, List<FigurePath> figures, UnitCosts costs) {

	public Path {
		figures = List.copyOf(figures);
	}

}
