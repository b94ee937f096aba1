package org.gaoxin.target;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A metric projected from its history: both trends are fitted, each is judged by its
 * error when every past year in turn is left out and predicted from the others, and the
 * smaller error wins. Each projection carries its prediction interval, however wide.
 *
 * @param leaveOneOutErrors each model's root mean squared error on the left-out years, in
 * the metric's unit (absent for a model that cannot be fitted, e.g. the logarithm of
 * zero)
 * @param fittedFrom first year of the history fitted
 * @param fittedTo last year of the history fitted
 */
public record Forecast(ForecastModel model, Map<ForecastModel, BigDecimal> leaveOneOutErrors, int fittedFrom,
		int fittedTo, List<Projection> projections) {

	/** The prediction intervals' level: eight times in ten the value falls inside. */
	public static final double LEVEL = 0.80;

	/**
	 * The narrowest a fitted interval may be, either side of the value, as a share of it
	 * (of the history's mean size when the value is zero): a history on an exact line or
	 * an exact percentage leaves no scatter, and an interval of zero width would claim
	 * certainty. Such a projection is marked {@link Projection#floor()}.
	 */
	public static final double MIN_RELATIVE_HALF_WIDTH = 0.05;

	public Forecast {
		leaveOneOutErrors = Map.copyOf(leaveOneOutErrors);
		projections = List.copyOf(projections);
	}

	public Optional<Projection> at(int year) {
		return this.projections.stream().filter((p) -> p.year() == year).findFirst();
	}

}
