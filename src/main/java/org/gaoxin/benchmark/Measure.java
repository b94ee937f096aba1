package org.gaoxin.benchmark;

import org.gaoxin.shared.Message;
import org.gaoxin.shared.Unit;

/**
 * What a benchmark compares: an indicator of a standard ({@code indicator:C07}), an
 * aggregate of its file ({@code aggregate:tech_smes}) or a zone figure
 * ({@code figure:gdp}), with the formula that computes it. {@code additive}: a sum or a
 * count, so districts add up to the region and shares mean something.
 */
public record Measure(String key, Message name, Unit unit, String formula, boolean additive, boolean higherIsBetter) {
}
