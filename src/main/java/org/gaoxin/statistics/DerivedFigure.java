package org.gaoxin.statistics;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A zone-year number computed from records a higher module keeps (the foreign capital
 * investment projects actually brought, the turnover of registered technology contracts),
 * offered to standards' formulas beside the reported zone figures. It is never stored as
 * a zone figure nor typed in: the figure the department reports stays what it is, and a
 * standard chooses which of the two its formula reads.
 */
public interface DerivedFigure {

	FigureDefinition definition();

	/** The value for the zone-year; empty when there is nothing to compute it from. */
	Optional<BigDecimal> value(String zoneCode, int year);

}
