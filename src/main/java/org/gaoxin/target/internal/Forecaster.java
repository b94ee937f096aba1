package org.gaoxin.target.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.target.Backtest;
import org.gaoxin.target.Forecast;
import org.gaoxin.target.ForecastModel;
import org.gaoxin.target.Projection;

/**
 * Forecasts a short yearly series: each trend (level, logarithm) is judged by leaving
 * every year out in turn, predicting it from the others and taking the root mean squared
 * error; the model with the smaller error is fitted on all years and projected. Pure
 * arithmetic: no data access.
 */
public final class Forecaster {

	/** Fewer years leave nothing to judge a model by, or no scatter for an interval. */
	public static final int MIN_YEARS = 3;

	private static final int SCALE = 4;

	/** The trends a series is judged by. */
	static final List<ForecastModel> TRENDS = List.of(ForecastModel.LINEAR, ForecastModel.LOG_LINEAR);

	private Forecaster() {
	}

	/**
	 * The forecast for each of {@code years}, or empty when the history is shorter than
	 * {@link #MIN_YEARS}.
	 */
	public static Optional<Forecast> forecast(int[] years, double[] values, List<Integer> projected) {
		if (years.length < MIN_YEARS) {
			return Optional.empty();
		}
		Map<ForecastModel, BigDecimal> errors = new EnumMap<>(ForecastModel.class);
		ForecastModel best = null;
		double bestError = Double.POSITIVE_INFINITY;
		for (ForecastModel model : TRENDS) {
			Optional<Double> error = leaveOneOutError(model, years, values);
			if (error.isPresent()) {
				errors.put(model, decimal(error.get()));
				// a tie keeps the simpler straight line, which comes first
				if (error.get() < bestError) {
					bestError = error.get();
					best = model;
				}
			}
		}
		if (best == null) {
			return Optional.empty();
		}
		Trend trend = Trend.fit(best, years, values).orElseThrow();
		double size = java.util.Arrays.stream(values).map(Math::abs).average().orElse(0);
		List<Projection> projections = new ArrayList<>();
		for (int year : projected) {
			double[] p = trend.interval(year, Forecast.LEVEL);
			// never narrower than the floor: a perfect fit has no scatter to measure
			double floor = Forecast.MIN_RELATIVE_HALF_WIDTH * ((p[0] != 0) ? Math.abs(p[0]) : size);
			boolean floored = p[0] - p[1] < floor || p[2] - p[0] < floor;
			projections.add(new Projection(year, decimal(p[0]), decimal(Math.min(p[1], p[0] - floor)),
					decimal(Math.max(p[2], p[0] + floor)), floored));
		}
		return Optional.of(new Forecast(best, errors, years[0], years[years.length - 1], projections));
	}

	/**
	 * The method run on all but the last year and compared with the last; empty when the
	 * years before the last are too few to forecast from.
	 */
	public static Optional<Backtest> backtest(int[] years, double[] values) {
		int n = years.length;
		if (n - 1 < MIN_YEARS) {
			return Optional.empty();
		}
		int[] fitYears = java.util.Arrays.copyOf(years, n - 1);
		double[] fitValues = java.util.Arrays.copyOf(values, n - 1);
		int year = years[n - 1];
		return forecast(fitYears, fitValues, List.of(year)).map((forecast) -> {
			Projection p = forecast.projections().get(0);
			BigDecimal actual = decimal(values[n - 1]);
			BigDecimal error = (actual.signum() != 0)
					? p.value().subtract(actual).divide(actual, SCALE, RoundingMode.HALF_UP) : null;
			return new Backtest(forecast.model(), fitYears[0], fitYears[n - 2], year, p.value(), p.lower(), p.upper(),
					actual, error, p.contains(actual), p.floor());
		});
	}

	/**
	 * Root mean squared error of predicting each year from the others, on the values
	 * themselves (not their logarithms) so both models are judged alike.
	 */
	static Optional<Double> leaveOneOutError(ForecastModel model, int[] years, double[] values) {
		int n = years.length;
		double sum = 0;
		for (int out = 0; out < n; out++) {
			int[] y = new int[n - 1];
			double[] v = new double[n - 1];
			for (int i = 0, k = 0; i < n; i++) {
				if (i != out) {
					y[k] = years[i];
					v[k++] = values[i];
				}
			}
			if (model == ForecastModel.LOG_LINEAR && !(values[out] > 0)) {
				return Optional.empty();
			}
			Optional<Trend> trend = Trend.fit(model, y, v);
			if (trend.isEmpty()) {
				return Optional.empty();
			}
			double miss = trend.get().predict(years[out]) - values[out];
			sum += miss * miss;
		}
		return Optional.of(Math.sqrt(sum / n));
	}

	private static BigDecimal decimal(double value) {
		return BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_UP);
	}

}
