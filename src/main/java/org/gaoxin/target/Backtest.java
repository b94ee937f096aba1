package org.gaoxin.target;

import java.math.BigDecimal;

/**
 * How far the forecasting method was off on the zone's own history: fitted on the years
 * before the last, the last predicted and compared with what happened.
 *
 * @param error (predicted − actual) ÷ actual; null when the actual is zero
 * @param floor the interval is the stated floor, not measured
 * ({@link Projection#floor()})
 */
public record Backtest(ForecastModel model, int fittedFrom, int fittedTo, int year, BigDecimal predicted,
		BigDecimal lower, BigDecimal upper, BigDecimal actual, BigDecimal error, boolean withinInterval,
		boolean floor) {
}
