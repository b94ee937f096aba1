package org.gaoxin.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.gaoxin.account.DataScope;
import org.gaoxin.evaluation.Evaluation;
import org.gaoxin.evaluation.Evaluator;
import org.gaoxin.evaluation.IndicatorResult;
import org.gaoxin.evaluation.MeasuredYear;
import org.gaoxin.evaluation.VerdictOutcome;
import org.gaoxin.region.Regions;
import org.gaoxin.region.Zone;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.standard.Standard;
import org.gaoxin.standard.Standards;
import org.gaoxin.target.internal.Trajectories;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A zone's targets seen from a data year: actuals from the evaluation (the standard's
 * indicators, the core count, formulas over the same inputs), growth achieved and
 * required, forecasts, statuses, what turned worse, and the headline for headquarters.
 * Reads the stored data (approved reports), never changes it.
 */
@Service
public class TargetTracking {

	/** Years forecast when the zone has no target beyond the data year. */
	private static final int DEFAULT_HORIZON = 3;

	/** Actuals keep four decimals: a formula's long quotient is not information. */
	private static final int ACTUAL_SCALE = 4;

	private final Targets targets;

	private final Evaluator evaluator;

	private final Standards standards;

	private final Regions regions;

	/** The kind of result kept for a zone-year's targets overview. */
	public static final String OVERVIEW = "target-overview";

	private final org.gaoxin.shared.ResultCache results;

	private final org.gaoxin.region.ZoneDataVersions versions;

	TargetTracking(Targets targets, Evaluator evaluator, Standards standards, Regions regions,
			org.gaoxin.shared.ResultCache results, org.gaoxin.region.ZoneDataVersions versions) {
		this.results = results;
		this.versions = versions;
		this.targets = targets;
		this.evaluator = evaluator;
		this.standards = standards;
		this.regions = regions;
	}

	/**
	 * The overview against the standard the zone's targets name (the first loaded when
	 * they name none).
	 */
	@Transactional(readOnly = true)
	public TargetOverview overview(String zoneCode, int year, DataScope scope) {
		return overview(zoneCode, year, null, scope);
	}

	@Transactional(readOnly = true)
	public TargetOverview overview(String zoneCode, int year, String standardReference, DataScope scope) {
		Zone zone = this.regions.readable(zoneCode, scope);
		List<Metric> metrics = this.targets.metrics(zoneCode);
		Standard main = mainStandard(standardReference, metrics);
		// kept per data version (targets and metrics mark it too), the standards read and
		// the caller's scope (the targets' histories are narrowed to it)
		List<Object> key = new ArrayList<>(List.of(zoneCode, this.versions.current(zoneCode), year, scope, main.code(),
				main.version(), main.checksum()));
		metrics.stream()
			.map(Metric::standardCode)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.map(this.standards::resolveThreshold)
			.forEach((standard) -> key.add(standard.code() + "/" + standard.version() + "/" + standard.checksum()));
		return this.results.get(OVERVIEW, key, (overview) -> 4 * overview.metrics().size() + 1,
				() -> overview(zone, year, main, metrics, scope));
	}

	private TargetOverview overview(Zone zone, int year, Standard main, List<Metric> metrics, DataScope scope) {
		String zoneCode = zone.code();
		List<Target> all = this.targets.targets(zoneCode);
		Map<String, List<TargetVersion>> versions = this.targets.histories(zoneCode, scope);
		Map<String, List<MeasuredYear>> measured = measure(zoneCode, year, main, metrics, scope);
		List<MeasuredYear> history = measured.get(main.code());
		Evaluation now = history.stream()
			.filter((m) -> m.year() == year)
			.map(MeasuredYear::evaluation)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No data for " + zoneCode + " in " + year));
		int headlineYear = headlineYear(zone, now, main, all, year);
		List<Integer> projected = projectedYears(year, all, headlineYear);
		List<MetricTrack> tracks = new ArrayList<>();
		List<Worsening> worsening = new ArrayList<>();
		for (Metric metric : metrics) {
			List<YearValue> actuals = actuals(metric,
					measured.get((metric.standardCode() != null) ? metric.standardCode() : main.code()));
			List<Target> targets = all.stream().filter((t) -> t.metricKey().equals(metric.key())).toList();
			MetricTrack track = (metric.kind() == MetricKind.CORE_MET)
					? Trajectories.coreTrack(metric, actuals, targets, versions, projected,
							measured.get(metric.standardCode()))
					: Trajectories.track(metric, actuals, targets, versions, projected);
			tracks.add(track);
			Trajectories
				.worsening(track, projected,
						(metric.kind() == MetricKind.CORE_MET) ? measured.get(metric.standardCode()) : null)
				.ifPresent(worsening::add);
		}
		return new TargetOverview(zoneCode, year, now.standardReference(), tracks,
				headline(now, history, headlineYear, pilotDeadline(zone, now, main) != null), worsening,
				backtestError(tracks));
	}

	/** The core indicators of the standard projected to {@code year}. */
	private static Headline headline(Evaluation now, List<MeasuredYear> history, int year, boolean pilotDeadline) {
		List<IndicatorOutlook> outlooks = new ArrayList<>();
		for (IndicatorResult indicator : now.indicators()) {
			if (!indicator.core()) {
				continue;
			}
			outlooks.add(
					Trajectories.outlook(indicator, now.year(), Trajectories.numbers(history, indicator.code()), year));
		}
		List<IndicatorOutlook> unmet = outlooks.stream().filter((o) -> !o.projectedMet()).toList();
		List<IndicatorOutlook> atRisk = outlooks.stream()
			.filter((o) -> o.projectedMet() && o.status() == TargetStatus.AT_RISK)
			.toList();
		return new Headline(year, pilotDeadline, unmet, atRisk, outlooks);
	}

	/**
	 * The pilot's deadline: the year of accreditation plus the years the standard allows;
	 * otherwise the deadline the data year's verdict sets; otherwise the first target
	 * year ahead.
	 */
	private static int headlineYear(Zone zone, Evaluation now, Standard standard, List<Target> targets, int year) {
		Integer deadline = pilotDeadline(zone, now, standard);
		return (deadline != null) ? deadline
				: targets.stream().mapToInt(Target::year).filter((y) -> y > year).min().orElse(year + 1);
	}

	/**
	 * The year of accreditation plus the years the standard allows a pilot, while the
	 * zone is not yet fully accredited and the deadline is ahead; otherwise the deadline
	 * the data year's verdict sets; null when there is none.
	 */
	private static Integer pilotDeadline(Zone zone, Evaluation now, Standard standard) {
		if (zone.approvalDate() != null && now.verdict().outcome() != VerdictOutcome.ACCREDITED) {
			int deadline = zone.approvalDate().getYear() + standard.verdictRule().pilotDeadlineYears();
			if (deadline > now.year()) {
				return deadline;
			}
		}
		return now.verdict().deadlineYear();
	}

	private static List<Integer> projectedYears(int year, List<Target> targets, int headlineYear) {
		int last = Math.max(headlineYear, targets.stream().mapToInt(Target::year).max().orElse(year + DEFAULT_HORIZON));
		return IntStream.rangeClosed(year + 1, Math.max(last, year + 1)).boxed().toList();
	}

	private Standard mainStandard(String reference, List<Metric> metrics) {
		if (reference != null && !reference.isBlank()) {
			return this.standards.resolveThreshold(reference);
		}
		return metrics.stream()
			.filter((m) -> m.kind() == MetricKind.CORE_MET || m.kind() == MetricKind.INDICATOR)
			.map(Metric::standardCode)
			.findFirst()
			.map(this.standards::resolveThreshold)
			.orElseGet(() -> this.standards.resolve(null));
	}

	/** One evaluation per standard and year, with the formulas of the metrics on it. */
	private Map<String, List<MeasuredYear>> measure(String zoneCode, int year, Standard main, List<Metric> metrics,
			DataScope scope) {
		Map<String, Set<String>> formulas = new HashMap<>();
		formulas.put(main.code(), new LinkedHashSet<>());
		for (Metric metric : metrics) {
			String standard = (metric.standardCode() != null) ? metric.standardCode() : main.code();
			Set<String> set = formulas.computeIfAbsent(standard, (code) -> new LinkedHashSet<>());
			if (metric.formula() != null) {
				set.add(metric.formula());
			}
		}
		Map<String, List<MeasuredYear>> measured = new HashMap<>();
		formulas.forEach((standard, set) -> measured.put(standard, this.evaluator.measure(zoneCode,
				(standard.equals(main.code())) ? main.reference() : standard, set, year, scope)));
		return measured;
	}

	private static List<YearValue> actuals(Metric metric, List<MeasuredYear> history) {
		List<YearValue> values = new ArrayList<>();
		for (MeasuredYear measured : history) {
			BigDecimal value = switch (metric.kind()) {
				case INDICATOR ->
					measured.evaluation().indicator(metric.reference()).map(IndicatorResult::value).orElse(null);
				case CORE_MET -> BigDecimal.valueOf(measured.evaluation().verdict().coreMet());
				default -> measured.measure(metric.formula()).orElse(null);
			};
			if (value != null) {
				values.add(new YearValue(measured.year(),
						Targets.plain(value.setScale(ACTUAL_SCALE, java.math.RoundingMode.HALF_UP))));
			}
		}
		return values;
	}

	private static BigDecimal backtestError(List<MetricTrack> tracks) {
		List<BigDecimal> errors = tracks.stream()
			.filter((t) -> t.backtest() != null && t.backtest().error() != null)
			.map((t) -> t.backtest().error().abs())
			.toList();
		if (errors.isEmpty()) {
			return null;
		}
		return errors.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(errors.size()), 4, RoundingMode.HALF_UP);
	}

}
