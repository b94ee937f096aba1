package org.gaoxin.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gaoxin.shared.LocalizedText;

/**
 * A zone-year judged against one version of a standard. {@code includesPending}: reports
 * still awaiting approval were counted (the default counts approved figures only).
 */
public record Evaluation(String zoneCode, int year, String standardCode, String standardVersion,
		String standardChecksum, LocalizedText standardName, boolean includesPending, Instant evaluatedAt,
		List<IndicatorResult> indicators, List<CategorySummary> categories, Verdict verdict) {

	public Optional<IndicatorResult> indicator(String code) {
		return this.indicators.stream().filter((r) -> r.code().equals(code)).findFirst();
	}

	public List<IndicatorResult> unmet() {
		return this.indicators.stream().filter((r) -> r.status() == IndicatorStatus.UNMET).toList();
	}

	public String standardReference() {
		return this.standardCode + "@" + this.standardVersion;
	}

}
