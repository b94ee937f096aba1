package org.gaoxin.target;

import java.math.BigDecimal;

import org.gaoxin.evaluation.IndicatorStatus;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Unit;
import org.gaoxin.standard.Comparison;

/**
 * A core indicator of the standard projected to a year: its status now, its forecast and
 * the status of its threshold as a target.
 *
 * @param latest null for a yes/no fact or missing data
 * @param projected null without a forecast (a fact, or too few years)
 * @param required the yearly growth needed to reach the threshold by the year (null when
 * met, or for a fact)
 * @param achieved the yearly growth from the first year with data to the data year
 */
public record IndicatorOutlook(String code, LocalizedText name, Unit unit, Comparison comparison, BigDecimal threshold,
		IndicatorStatus now, BigDecimal latest, Projection projected, TargetStatus status, boolean projectedMet,
		Growth required, Growth achieved) {
}
