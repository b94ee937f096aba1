package org.gaoxin.target.internal;

import java.math.BigDecimal;
import java.util.List;

import org.gaoxin.target.Backtest;
import org.gaoxin.target.Forecast;
import org.gaoxin.target.ForecastModel;
import org.gaoxin.target.Projection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Forecasts of series whose answer is known by hand: least squares, the leave-one-out
 * choice of model, the prediction interval and the backtest.
 */
class ForecasterTest {

	/**
	 * 1, 3, 4, 6 in 2018–2021: x̄ = 2019.5, Sxx = 5, slope = 8 ÷ 5 = 1.6, fitted 1.1,
	 * 2.7, 4.3, 5.9; residuals −0.1, 0.3, −0.3, 0.1; SSE 0.2, s² = 0.2 ÷ 2 = 0.1. At
	 * 2024: ŷ = 5.9 + 3 × 1.6 = 10.7; se = √(0.1 × (1 + 1/4 + 4.5² / 5)) = √0.53 =
	 * 0.72801; t(0.90, 2 df) = 1.885618; half-width 1.37275.
	 */
	@Test
	void aStraightLineWithScatterIsProjectedWithTheOrdinaryPredictionInterval() {
		Projection p = Trend
			.fit(ForecastModel.LINEAR, new int[] { 2018, 2019, 2020, 2021 }, new double[] { 1, 3, 4, 6 })
			.map((trend) -> {
				double[] interval = trend.interval(2024, 0.80);
				return new Projection(2024, BigDecimal.valueOf(interval[0]), BigDecimal.valueOf(interval[1]),
						BigDecimal.valueOf(interval[2]));
			})
			.orElseThrow();
		assertThat(p.value().doubleValue()).isCloseTo(10.7, within(1e-9));
		assertThat(p.lower().doubleValue()).isCloseTo(10.7 - 1.885618 * Math.sqrt(0.53), within(1e-5));
		assertThat(p.upper().doubleValue()).isCloseTo(10.7 + 1.885618 * Math.sqrt(0.53), within(1e-5));
		assertThat(p.upper().doubleValue() - p.value().doubleValue()).isCloseTo(1.37275, within(1e-4));
	}

	/**
	 * The same series through the forecaster: the straight line wins, rounded to 4
	 * places.
	 */
	@Test
	void theForecasterChoosesTheLineAndRoundsToFourPlaces() {
		Forecast f = Forecaster
			.forecast(new int[] { 2018, 2019, 2020, 2021 }, new double[] { 1, 3, 4, 6 }, List.of(2022, 2024))
			.orElseThrow();
		assertThat(f.model()).isEqualTo(ForecastModel.LINEAR);
		Projection at2024 = f.at(2024).orElseThrow();
		assertThat(at2024.value()).isEqualByComparingTo("10.7");
		assertThat(at2024.lower().doubleValue()).isCloseTo(9.32725, within(1e-4));
		assertThat(at2024.upper().doubleValue()).isCloseTo(12.07275, within(1e-4));
		assertThat(f.fittedFrom()).isEqualTo(2018);
		assertThat(f.fittedTo()).isEqualTo(2021);
	}

	/**
	 * 100 × 1.1^t is exact on the logarithm: leaving any year out still predicts it
	 * exactly, so the log trend wins with no error; the fitted interval would have zero
	 * width, so it is the floor, 5 % either side, and says so.
	 */
	@Test
	void steadyPercentageGrowthIsForecastOnTheLogarithmExactly() {
		double[] values = { 100, 110, 121, 133.1 };
		Forecast f = Forecaster.forecast(new int[] { 2018, 2019, 2020, 2021 }, values, List.of(2025)).orElseThrow();
		assertThat(f.model()).isEqualTo(ForecastModel.LOG_LINEAR);
		assertThat(f.leaveOneOutErrors().get(ForecastModel.LOG_LINEAR).doubleValue()).isCloseTo(0, within(1e-4));
		assertThat(f.leaveOneOutErrors().get(ForecastModel.LINEAR).doubleValue()).isGreaterThan(0.5);
		Projection p = f.at(2025).orElseThrow();
		assertThat(p.value()).isEqualByComparingTo("194.8717");
		assertThat(p.floor()).isTrue();
		assertThat(p.lower().doubleValue()).isCloseTo(194.8717 * 0.95, within(1e-3));
		assertThat(p.upper().doubleValue()).isCloseTo(194.8717 * 1.05, within(1e-3));
	}

	/**
	 * 78, 78, 78, 78 and 10, 20, 30, 40 lie on exact lines: no scatter, so a fitted
	 * interval of zero width ("78 [78–78]", judged off course with certainty). The
	 * interval is the floor, 5 % of the value either side, marked as such; a target
	 * inside it is at risk, not missed for certain; the backtest's interval is the floor
	 * too.
	 */
	@Test
	void aPerfectlyLinearSeriesGetsTheFloorIntervalNeverAZeroWidthOne() {
		int[] years = { 2018, 2019, 2020, 2021 };
		Projection flat = Forecaster.forecast(years, new double[] { 78, 78, 78, 78 }, List.of(2024))
			.orElseThrow()
			.at(2024)
			.orElseThrow();
		assertThat(flat.value()).isEqualByComparingTo("78");
		assertThat(flat.lower()).isEqualByComparingTo("74.1");
		assertThat(flat.upper()).isEqualByComparingTo("81.9");
		assertThat(flat.floor()).isTrue();
		Projection rising = Forecaster.forecast(years, new double[] { 10, 20, 30, 40 }, List.of(2025))
			.orElseThrow()
			.at(2025)
			.orElseThrow();
		assertThat(rising.value()).isEqualByComparingTo("80");
		assertThat(rising.lower()).isEqualByComparingTo("76");
		assertThat(rising.upper()).isEqualByComparingTo("84");
		assertThat(org.gaoxin.target.TargetStatus.of(rising, new BigDecimal("82"),
				org.gaoxin.standard.Comparison.AT_LEAST))
			.isEqualTo(org.gaoxin.target.TargetStatus.AT_RISK);
		Backtest b = Forecaster.backtest(years, new double[] { 10, 20, 30, 40 }).orElseThrow();
		assertThat(b.lower()).isEqualByComparingTo("38");
		assertThat(b.upper()).isEqualByComparingTo("42");
		assertThat(b.floor()).isTrue();
		Projection measured = Forecaster.forecast(years, new double[] { 1, 3, 4, 6 }, List.of(2024))
			.orElseThrow()
			.at(2024)
			.orElseThrow();
		assertThat(measured.floor()).isFalse();
	}

	/**
	 * On an exact line every left-out year is predicted exactly. With a jump, leaving the
	 * first of 2, 4, 6, 20 out fits (2019, 4), (2020, 6), (2021, 20): x̄ = 2020, ȳ = 10,
	 * slope (6 + 10) ÷ 2 = 8, so 2018 is predicted 10 − 2 × 8 = −6, a miss of 8.
	 */
	@Test
	void leaveOneOutPredictsEachYearFromTheOthers() {
		assertThat(Forecaster
			.leaveOneOutError(ForecastModel.LINEAR, new int[] { 2018, 2019, 2020, 2021 }, new double[] { 1, 2, 3, 4 })
			.orElseThrow()).isCloseTo(0, within(1e-9));
		Trend trend = Trend.fit(ForecastModel.LINEAR, new int[] { 2019, 2020, 2021 }, new double[] { 4, 6, 20 })
			.orElseThrow();
		assertThat(trend.predict(2018)).isCloseTo(-6, within(1e-9));
	}

	@Test
	void theLogarithmNeedsEveryValueAboveZero() {
		Forecast f = Forecaster.forecast(new int[] { 2018, 2019, 2020 }, new double[] { 0, 1, 2 }, List.of(2021))
			.orElseThrow();
		assertThat(f.model()).isEqualTo(ForecastModel.LINEAR);
		assertThat(f.leaveOneOutErrors()).doesNotContainKey(ForecastModel.LOG_LINEAR);
	}

	@Test
	void twoYearsAreTooFewToForecast() {
		assertThat(Forecaster.forecast(new int[] { 2020, 2021 }, new double[] { 1, 2 }, List.of(2022))).isEmpty();
		assertThat(Forecaster.backtest(new int[] { 2019, 2020, 2021 }, new double[] { 1, 2, 3 })).isEmpty();
	}

	/**
	 * Fit 2018–2020 on 1, 3, 4: x̄ = 2019, ȳ = 8/3, slope 1.5, so 2021 is predicted 8/3 +
	 * 3 = 5.6667; compared with 6 it is off by −5.56 %. (The log trend loses: leaving
	 * 2020 out it predicts 9.)
	 */
	@Test
	void theBacktestFitsAllButTheLastYearAndPredictsIt() {
		Backtest b = Forecaster.backtest(new int[] { 2018, 2019, 2020, 2021 }, new double[] { 1, 3, 4, 6 })
			.orElseThrow();
		assertThat(b.fittedFrom()).isEqualTo(2018);
		assertThat(b.fittedTo()).isEqualTo(2020);
		assertThat(b.year()).isEqualTo(2021);
		assertThat(b.model()).isEqualTo(ForecastModel.LINEAR);
		assertThat(b.predicted()).isEqualByComparingTo("5.6667");
		assertThat(b.actual()).isEqualByComparingTo("6");
		assertThat(b.error()).isEqualByComparingTo("-0.0556");
		assertThat(b.withinInterval()).isTrue();
	}

}
