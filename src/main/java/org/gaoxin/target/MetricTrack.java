package org.gaoxin.target;

import java.math.BigDecimal;
import java.util.List;

/**
 * A metric's trajectory up to the data year: its actuals, the compound growth achieved
 * from the first year to the last, its targets, the forecast and the backtest.
 *
 * @param achieved null with fewer than two actuals or a first value of zero
 * @param forecast null with fewer than three actuals
 * @param backtest null with fewer than four actuals
 */
public record MetricTrack(Metric metric, List<YearValue> actuals, Growth achieved, List<TargetTrack> targets,
		Forecast forecast, Backtest backtest) {

	public MetricTrack {
		actuals = List.copyOf(actuals);
		targets = List.copyOf(targets);
	}

	/** The latest actual, or null when there is none. */
	public YearValue latest() {
		return this.actuals.isEmpty() ? null : this.actuals.get(this.actuals.size() - 1);
	}

	public BigDecimal latestValue() {
		return this.actuals.isEmpty() ? null : latest().value();
	}

	/** The target path: from the latest actual through each later target, compounding. */
	public List<YearValue> targetPath() {
		List<YearValue> path = new java.util.ArrayList<>();
		YearValue start = latest();
		if (start == null) {
			return path;
		}
		path.add(start);
		for (TargetTrack track : this.targets) {
			Target target = track.target();
			if (target.year() <= start.year()) {
				continue;
			}
			Growth growth = Growth.between(start.year(), start.value(), target.year(), target.value()).orElse(null);
			for (int year = start.year() + 1; year <= target.year(); year++) {
				BigDecimal value = (year == target.year()) ? target.value()
						: (growth != null) ? BigDecimal.valueOf(growth.after(year - start.year())) : null;
				if (value != null) {
					path.add(new YearValue(year, value));
				}
			}
			start = new YearValue(target.year(), target.value());
		}
		return path;
	}

}
