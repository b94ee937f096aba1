package org.gaoxin.target.internal;

import java.util.Optional;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.gaoxin.target.ForecastModel;

/**
 * A least-squares line through (year, value) or (year, ln value), and what it predicts
 * for another year with the ordinary prediction interval: ŷ ± t(n−2) · s · √(1 + 1/n + (x
 * − x̄)² / Sxx). For the logarithm the interval is computed on the logarithms and
 * exponentiated, so it is asymmetric around the (median) prediction.
 */
public final class Trend {

	private static final java.util.Map<String, Double> QUANTILES = new java.util.concurrent.ConcurrentHashMap<>();

	private final ForecastModel model;

	private final int n;

	private final double intercept;

	private final double slope;

	private final double residualVariance;

	private final double meanYear;

	private final double yearSumOfSquares;

	private Trend(ForecastModel model, SimpleRegression regression, double meanYear) {
		this.model = model;
		this.n = (int) regression.getN();
		this.intercept = regression.getIntercept();
		this.slope = regression.getSlope();
		// with two points the line is exact and there is nothing to estimate the scatter
		// from
		this.residualVariance = (this.n > 2) ? regression.getMeanSquareError() : Double.NaN;
		this.meanYear = meanYear;
		this.yearSumOfSquares = regression.getXSumSquares();
	}

	/**
	 * The line through the points, if the model applies: at least two distinct years, and
	 * for the logarithm every value above zero.
	 */
	public static Optional<Trend> fit(ForecastModel model, int[] years, double[] values) {
		if (years.length != values.length) {
			throw new IllegalArgumentException("one value per year");
		}
		SimpleRegression regression = new SimpleRegression(true);
		double sum = 0;
		for (int i = 0; i < years.length; i++) {
			if (model == ForecastModel.LOG_LINEAR && !(values[i] > 0)) {
				return Optional.empty();
			}
			regression.addData(years[i], (model == ForecastModel.LOG_LINEAR) ? Math.log(values[i]) : values[i]);
			sum += years[i];
		}
		if (years.length < 2 || regression.getXSumSquares() == 0) {
			return Optional.empty();
		}
		return Optional.of(new Trend(model, regression, sum / years.length));
	}

	public ForecastModel model() {
		return this.model;
	}

	/** The value the line gives for the year (for the logarithm: its exponential). */
	public double predict(int year) {
		double onLine = this.intercept + this.slope * year;
		return (this.model == ForecastModel.LOG_LINEAR) ? Math.exp(onLine) : onLine;
	}

	/**
	 * The prediction and its interval at {@code level} (e.g. 0.8); the bounds are the
	 * prediction itself when fewer than three points leave no scatter to measure.
	 */
	public double[] interval(int year, double level) {
		double onLine = this.intercept + this.slope * year;
		double half = 0;
		if (this.n > 2) {
			double t = quantile(this.n - 2, 0.5 + level / 2);
			double distance = year - this.meanYear;
			half = t * Math
				.sqrt(this.residualVariance * (1 + 1.0 / this.n + distance * distance / this.yearSumOfSquares));
		}
		if (this.model == ForecastModel.LOG_LINEAR) {
			return new double[] { Math.exp(onLine), Math.exp(onLine - half), Math.exp(onLine + half) };
		}
		return new double[] { onLine, onLine - half, onLine + half };
	}

	/**
	 * Student's t quantile; solved numerically by Commons Math, so kept per degrees of
	 * freedom and probability (a zone's series give a handful of pairs).
	 */
	static double quantile(int degreesOfFreedom, double probability) {
		return QUANTILES.computeIfAbsent(degreesOfFreedom + ":" + probability,
				(key) -> new TDistribution(degreesOfFreedom).inverseCumulativeProbability(probability));
	}

	/** The fitted growth per year: the slope, or e^slope − 1 for the logarithm. */
	public double yearlyChange() {
		return (this.model == ForecastModel.LOG_LINEAR) ? Math.exp(this.slope) - 1 : this.slope;
	}

}
