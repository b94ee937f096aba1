package org.gaoxin.target;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A zone's targets seen from a data year: every metric's trajectory, forecast and status,
 * the metrics that turned worse, and the headline for headquarters.
 *
 * @param backtestError the mean of the metrics' absolute backtest errors (fraction), null
 * without a backtest
 */
public record TargetOverview(String zoneCode, int year, String standardReference, List<MetricTrack> metrics,
		Headline headline, List<Worsening> worsening, BigDecimal backtestError) {

	public TargetOverview {
		metrics = List.copyOf(metrics);
		worsening = List.copyOf(worsening);
	}

	public Optional<MetricTrack> metric(String key) {
		return this.metrics.stream().filter((m) -> m.metric().key().equals(key)).findFirst();
	}

}
