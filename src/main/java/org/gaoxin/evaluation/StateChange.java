package org.gaoxin.evaluation;

/** An indicator whose state differs from the year before. */
public record StateChange(String indicator, int year, IndicatorStatus from, IndicatorStatus to) {
}
