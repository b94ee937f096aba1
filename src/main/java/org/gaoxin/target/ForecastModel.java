package org.gaoxin.target;

/**
 * How a forecast extends a metric's history. Labels: {@code enum.ForecastModel.*} in the
 * bundles.
 */
public enum ForecastModel {

	/** A straight line through the values: the same amount added every year. */
	LINEAR,
	/**
	 * A straight line through the logarithms: the same percentage growth every year.
	 * Needs every value above zero.
	 */
	LOG_LINEAR,
	/**
	 * A count of indicators met, counted from each indicator's own forecast: the value
	 * counts those projected to meet their threshold, the bounds those whose unfavourable
	 * and favourable bounds do.
	 */
	PER_INDICATOR

}
