package org.gaoxin.target.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.evaluation.Evaluation;
import org.gaoxin.evaluation.IndicatorResult;
import org.gaoxin.evaluation.MeasuredYear;
import org.gaoxin.evaluation.IndicatorStatus;
import org.gaoxin.shared.Message;
import org.gaoxin.standard.Comparison;
import org.gaoxin.target.Backtest;
import org.gaoxin.target.Forecast;
import org.gaoxin.target.ForecastModel;
import org.gaoxin.target.Growth;
import org.gaoxin.target.IndicatorOutlook;
import org.gaoxin.target.Metric;
import org.gaoxin.target.MetricTrack;
import org.gaoxin.target.Projection;
import org.gaoxin.target.Target;
import org.gaoxin.target.TargetStatus;
import org.gaoxin.target.TargetTrack;
import org.gaoxin.target.TargetVersion;
import org.gaoxin.target.Worsening;
import org.gaoxin.target.YearValue;

/**
 * From a metric's yearly values to its trajectory: growth achieved and required,
 * forecast, backtest and each target's status. Pure: the values are read elsewhere.
 */
public final class Trajectories {

	private Trajectories() {
	}

	/**
	 * {@code actuals}: the metric's values up to the data year, earliest first (years
	 * without a value left out); {@code projected}: the years to forecast.
	 */
	public static MetricTrack track(Metric metric, List<YearValue> actuals, List<Target> targets,
			Map<String, List<TargetVersion>> versions, List<Integer> projected) {
		Growth achieved = achieved(actuals).orElse(null);
		Forecast forecast = forecast(metric, actuals, projected).orElse(null);
		Backtest backtest = backtest(metric, actuals).orElse(null);
		YearValue latest = actuals.isEmpty() ? null : actuals.get(actuals.size() - 1);
		List<TargetTrack> tracks = new ArrayList<>();
		for (Target target : targets) {
			List<TargetVersion> history = versions.getOrDefault(target.metricKey() + "/" + target.year(), List.of());
			tracks.add(targetTrack(target, latest, actuals, forecast, history, true));
		}
		return new MetricTrack(metric, actuals, achieved, tracks, forecast, backtest);
	}

	static TargetTrack targetTrack(Target target, YearValue latest, List<YearValue> actuals, Forecast forecast,
			List<TargetVersion> versions, boolean growth) {
		boolean reached = latest != null && target.reachedBy(latest.value());
		if (latest != null && target.year() <= latest.year()) {
			// a target year already past is judged by what happened
			Optional<YearValue> then = actuals.stream().filter((a) -> a.year() == target.year()).findFirst();
			TargetStatus status = then
				.map((a) -> target.reachedBy(a.value()) ? TargetStatus.ON_COURSE : TargetStatus.OFF_COURSE)
				.orElse(TargetStatus.NO_FORECAST);
			return new TargetTrack(target, null, null, status, reached, versions);
		}
		Growth required = (latest != null && growth)
				? Growth.between(latest.year(), latest.value(), target.year(), target.value()).orElse(null) : null;
		Projection projection = (forecast != null) ? forecast.at(target.year()).orElse(null) : null;
		return new TargetTrack(target, required, projection,
				TargetStatus.of(projection, target.value(), target.comparison()), reached, versions);
	}

	/**
	 * The number of core indicators met, forecast by counting each indicator's own
	 * forecast; backtested the same way on the years before the last.
	 */
	public static MetricTrack coreTrack(Metric metric, List<YearValue> actuals, List<Target> targets,
			Map<String, List<TargetVersion>> versions, List<Integer> projected, List<MeasuredYear> history) {
		Forecast forecast = coreForecast(history, projected).orElse(null);
		Backtest backtest = coreBacktest(history).orElse(null);
		YearValue latest = actuals.isEmpty() ? null : actuals.get(actuals.size() - 1);
		List<TargetTrack> tracks = new ArrayList<>();
		for (Target target : targets) {
			tracks.add(targetTrack(target, latest, actuals, forecast,
					versions.getOrDefault(target.metricKey() + "/" + target.year(), List.of()), false));
		}
		// a count of indicators met does not grow by a percentage: no growth rates
		return new MetricTrack(metric, actuals, null, tracks, forecast, backtest);
	}

	static Optional<Forecast> coreForecast(List<MeasuredYear> history, List<Integer> projected) {
		if (history.isEmpty()) {
			return Optional.empty();
		}
		Evaluation now = history.get(history.size() - 1).evaluation();
		int[] value = new int[projected.size()];
		int[] lower = new int[projected.size()];
		int[] upper = new int[projected.size()];
		for (IndicatorResult indicator : now.indicators()) {
			if (!indicator.core()) {
				continue;
			}
			Map<Integer, IndicatorOutlook> outlooks = outlooks(indicator, now.year(),
					numbers(history, indicator.code()), projected);
			for (int i = 0; i < projected.size(); i++) {
				IndicatorOutlook outlook = outlooks.get(projected.get(i));
				boolean unknown = outlook.status() == TargetStatus.NO_FORECAST;
				value[i] += outlook.projectedMet() ? 1 : 0;
				lower[i] += (outlook.status() == TargetStatus.ON_COURSE || (unknown && outlook.projectedMet())) ? 1 : 0;
				upper[i] += (outlook.status() != TargetStatus.OFF_COURSE && (!unknown || outlook.projectedMet())) ? 1
						: 0;
			}
		}
		List<Projection> projections = new ArrayList<>();
		for (int i = 0; i < projected.size(); i++) {
			projections.add(new Projection(projected.get(i), BigDecimal.valueOf(value[i]),
					BigDecimal.valueOf(Math.min(lower[i], value[i])),
					BigDecimal.valueOf(Math.max(upper[i], value[i]))));
		}
		return Optional
			.of(new Forecast(ForecastModel.PER_INDICATOR, Map.of(), history.get(0).year(), now.year(), projections));
	}

	static Optional<Backtest> coreBacktest(List<MeasuredYear> history) {
		int n = history.size();
		if (n - 1 < Forecaster.MIN_YEARS) {
			return Optional.empty();
		}
		int year = history.get(n - 1).year();
		return coreForecast(history.subList(0, n - 1), List.of(year)).map((forecast) -> {
			Projection p = forecast.projections().get(0);
			BigDecimal actual = BigDecimal.valueOf(history.get(n - 1).evaluation().verdict().coreMet());
			BigDecimal error = (actual.signum() != 0)
					? p.value().subtract(actual).divide(actual, 4, java.math.RoundingMode.HALF_UP) : null;
			return new Backtest(ForecastModel.PER_INDICATOR, history.get(0).year(), history.get(n - 2).year(), year,
					p.value(), p.lower(), p.upper(), actual, error, p.contains(actual), p.floor());
		});
	}

	/** An indicator's numeric values over the years, earliest first. */
	public static List<YearValue> numbers(List<MeasuredYear> history, String code) {
		List<YearValue> values = new ArrayList<>();
		for (MeasuredYear measured : history) {
			measured.evaluation()
				.indicator(code)
				.filter((r) -> r.value() != null)
				.ifPresent((r) -> values.add(new YearValue(measured.year(), r.value())));
		}
		return values;
	}

	/** From the first value above zero to the latest. */
	public static Optional<Growth> achieved(List<YearValue> actuals) {
		if (actuals.size() < 2) {
			return Optional.empty();
		}
		YearValue first = actuals.get(0);
		YearValue last = actuals.get(actuals.size() - 1);
		return Growth.between(first.year(), first.value(), last.year(), last.value());
	}

	public static Optional<Forecast> forecast(Metric metric, List<YearValue> actuals, List<Integer> projected) {
		Optional<Forecast> forecast = Forecaster.forecast(years(actuals), values(actuals), projected);
		return forecast.map(Trajectories::nonNegative);
	}

	static Optional<Backtest> backtest(Metric metric, List<YearValue> actuals) {
		return Forecaster.backtest(years(actuals), values(actuals));
	}

	/** A core indicator projected to {@code year}. */
	public static IndicatorOutlook outlook(IndicatorResult latest, int dataYear, List<YearValue> history, int year) {
		return outlooks(latest, dataYear, history, List.of(year)).get(year);
	}

	/**
	 * A core indicator projected to each of {@code years} from one forecast: a number by
	 * its forecast, a yes/no fact as it stands.
	 */
	public static Map<Integer, IndicatorOutlook> outlooks(IndicatorResult latest, int dataYear, List<YearValue> history,
			List<Integer> years) {
		Map<Integer, IndicatorOutlook> outlooks = new java.util.LinkedHashMap<>();
		Comparison comparison = latest.comparison();
		Growth achieved = achieved(history).orElse(null);
		if (comparison == Comparison.IS_TRUE || latest.threshold() == null) {
			boolean met = latest.met();
			for (int year : years) {
				outlooks.put(year,
						new IndicatorOutlook(latest.code(), latest.name(), latest.unit(), comparison, null,
								latest.status(), null, null, met ? TargetStatus.ON_COURSE : TargetStatus.OFF_COURSE,
								met, null, null));
			}
			return outlooks;
		}
		Forecast forecast = Forecaster.forecast(years(history), values(history), years)
			.map(Trajectories::nonNegative)
			.orElse(null);
		BigDecimal threshold = latest.threshold();
		for (int year : years) {
			Projection projection = (forecast != null) ? forecast.at(year).orElse(null) : null;
			TargetStatus status = TargetStatus.of(projection, threshold, comparison);
			boolean projectedMet = (projection != null) ? reaches(projection.value(), threshold, comparison)
					: latest.status() == IndicatorStatus.MET;
			Growth required = (latest.value() != null && !latest.met())
					? Growth.between(dataYear, latest.value(), year, threshold).orElse(null) : null;
			outlooks.put(year, new IndicatorOutlook(latest.code(), latest.name(), latest.unit(), comparison, threshold,
					latest.status(), latest.value(), projection, status, projectedMet, required, achieved));
		}
		return outlooks;
	}

	/**
	 * Metrics that turned worse in the data year: a target's status worse than when
	 * judged a year earlier, or the value moving away from its targets.
	 */
	public static Optional<Worsening> worsening(MetricTrack now, List<Integer> projected,
			List<MeasuredYear> coreHistory) {
		List<YearValue> actuals = now.actuals();
		if (actuals.size() < 2 || now.targets().isEmpty()) {
			return Optional.empty();
		}
		List<YearValue> before = actuals.subList(0, actuals.size() - 1);
		Forecast earlier = (coreHistory != null)
				? coreForecast(coreHistory.subList(0, coreHistory.size() - 1), projected).orElse(null)
				: forecast(now.metric(), before, projected).orElse(null);
		YearValue previous = before.get(before.size() - 1);
		for (TargetTrack track : now.targets()) {
			if (track.target().year() <= now.latest().year()) {
				continue;
			}
			TargetTrack then = targetTrack(track.target(), previous, before, earlier, List.of(), false);
			if (track.status().worseThan(then.status())) {
				return Optional.of(new Worsening(now.metric().key(), now.metric().name(),
						Message.of("target.worse.status", track.target().year(), then.status(), track.status())));
			}
		}
		YearValue latest = now.latest();
		Target first = now.targets()
			.stream()
			.map(TargetTrack::target)
			.filter((t) -> t.year() > latest.year())
			.findFirst()
			.orElse(null);
		if (first != null) {
			boolean atLeast = first.comparison() != Comparison.AT_MOST;
			int change = latest.value().compareTo(previous.value());
			if ((atLeast && change < 0) || (!atLeast && change > 0)) {
				return Optional.of(new Worsening(now.metric().key(), now.metric().name(), Message
					.of("target.worse.away", previous.year(), previous.value(), latest.year(), latest.value())));
			}
		}
		return Optional.empty();
	}

	private static boolean reaches(BigDecimal value, BigDecimal threshold, Comparison comparison) {
		return (comparison == Comparison.AT_MOST) ? value.compareTo(threshold) <= 0 : value.compareTo(threshold) >= 0;
	}

	/**
	 * Counts, amounts and shares never go below zero: a straight line's lower bound is
	 * cut there.
	 */
	private static Forecast nonNegative(Forecast forecast) {
		List<Projection> projections = forecast.projections()
			.stream()
			.map((p) -> new Projection(p.year(), p.value().max(BigDecimal.ZERO), p.lower().max(BigDecimal.ZERO),
					p.upper().max(BigDecimal.ZERO), p.floor()))
			.toList();
		return new Forecast(forecast.model(), forecast.leaveOneOutErrors(), forecast.fittedFrom(), forecast.fittedTo(),
				projections);
	}

	static int[] years(List<YearValue> values) {
		return values.stream().mapToInt(YearValue::year).toArray();
	}

	static double[] values(List<YearValue> values) {
		return values.stream().mapToDouble((v) -> v.value().doubleValue()).toArray();
	}

}
