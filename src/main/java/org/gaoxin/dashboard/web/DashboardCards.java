package org.gaoxin.dashboard.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gaoxin.account.DataScope;
import org.gaoxin.dashboard.OverdueItem;
import org.gaoxin.dashboard.OverdueShortfalls;
import org.gaoxin.evaluation.Evaluation;
import org.gaoxin.evaluation.Evaluator;
import org.gaoxin.evaluation.IndicatorResult;
import org.gaoxin.evaluation.YearOverYear;
import org.gaoxin.filing.ReportWorkflow;
import org.gaoxin.industry.ChainOverview;
import org.gaoxin.industry.ChainOverviews;
import org.gaoxin.industry.LinkOverview;
import org.gaoxin.industry.Strength;
import org.gaoxin.quality.DataQuality;
import org.gaoxin.quality.Finding;
import org.gaoxin.quality.Severity;
import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.standard.Comparison;
import org.gaoxin.target.MetricTrack;
import org.gaoxin.target.Target;
import org.gaoxin.target.TargetOverview;
import org.gaoxin.target.TargetStatus;
import org.gaoxin.target.TargetTrack;
import org.gaoxin.target.TargetTracking;
import org.gaoxin.target.YearValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The dashboard's live cards for a zone-year: the gaps and their trends, the targets'
 * lights, the high-tech count against its target, the chains, what waits for review, the
 * data-quality alerts and, when a module keeps the shortfall list, its overdue items.
 * Each card reads one module; one that cannot answer (no targets, no rights) is left out,
 * the others shown.
 */
@Component
public class DashboardCards {

	private static final Logger log = LoggerFactory.getLogger(DashboardCards.class);

	private final Evaluator evaluator;

	private final TargetTracking tracking;

	private final ChainOverviews chains;

	private final ReportWorkflow workflow;

	private final DataQuality quality;

	private final ObjectProvider<OverdueShortfalls> shortfalls;

	DashboardCards(Evaluator evaluator, TargetTracking tracking, ChainOverviews chains, ReportWorkflow workflow,
			DataQuality quality, ObjectProvider<OverdueShortfalls> shortfalls) {
		this.evaluator = evaluator;
		this.tracking = tracking;
		this.chains = chains;
		this.workflow = workflow;
		this.quality = quality;
		this.shortfalls = shortfalls;
	}

	Cards of(String zone, int year, Evaluation evaluation, DataScope scope) {
		List<Gap> gaps = (evaluation != null) ? gaps(zone, year, evaluation, scope) : List.of();
		TargetOverview overview = overview(zone, year, evaluation, scope);
		List<Light> lights = (overview != null) ? lights(overview) : List.of();
		HighTech highTech = (overview != null) ? highTech(overview) : null;
		Long pending = scope.canReviewReports(zone) ? this.workflow.pendingCount(zone, scope) : null;
		Alerts alerts = alerts(zone, year, scope);
		return new Cards(gaps, lights, highTech, chains(zone, year, scope), pending, alerts, overdueOf(zone, scope));
	}

	/**
	 * The zone's chains the caller may read, each with its links counted by strength;
	 * null (no card) when the caller may read none of the zone's chains.
	 */
	private List<ChainCard> chains(String zone, int year, DataScope scope) {
		try {
			return this.chains.overview(zone, year, scope).stream().map(ChainCard::of).toList();
		}
		catch (AccessDeniedException | NotFoundException ex) {
			log.debug("No chains card for {} {}: {}", zone, year, ex.getMessage());
			return null;
		}
	}

	/** What the modules that keep a shortfall list report overdue; none without one. */
	List<OverdueItem> overdueOf(String zone, DataScope scope) {
		List<OverdueItem> overdue = new ArrayList<>();
		this.shortfalls.orderedStream().forEach((source) -> overdue.addAll(source.overdue(zone, scope)));
		return overdue;
	}

	private List<Gap> gaps(String zone, int year, Evaluation evaluation, DataScope scope) {
		YearOverYear history = this.evaluator.yearOverYear(zone, evaluation.standardReference(), false, scope);
		List<Gap> gaps = new ArrayList<>();
		for (IndicatorResult r : evaluation.unmet()) {
			List<Integer> years = new ArrayList<>();
			List<BigDecimal> values = new ArrayList<>();
			for (Evaluation e : history.years()) {
				if (e.year() > year) {
					continue;
				}
				e.indicator(r.code()).filter((i) -> i.value() != null).ifPresent((i) -> {
					years.add(e.year());
					values.add(i.value());
				});
			}
			BigDecimal previous = (values.size() > 1 && years.get(years.size() - 1) == year)
					? values.get(values.size() - 2) : null;
			gaps.add(new Gap(r, previous, trend(r, previous), years, values));
		}
		return gaps;
	}

	/** up: better than the year before (higher for ≥, lower for ≤); down: worse. */
	private static Trend trend(IndicatorResult r, BigDecimal previous) {
		if (previous == null || r.value() == null) {
			return Trend.UNKNOWN;
		}
		int change = r.value().compareTo(previous);
		if (change == 0) {
			return Trend.FLAT;
		}
		boolean better = (r.comparison() == Comparison.AT_MOST) ? change < 0 : change > 0;
		return better ? Trend.BETTER : Trend.WORSE;
	}

	private TargetOverview overview(String zone, int year, Evaluation evaluation, DataScope scope) {
		try {
			return this.tracking.overview(zone, year, (evaluation != null) ? evaluation.standardReference() : null,
					scope);
		}
		catch (NotFoundException | MessageException | IllegalArgumentException ex) {
			log.debug("No target card for {} {}: {}", zone, year, ex.getMessage());
			return null;
		}
	}

	/** Each metric's next target (the first not yet past), coloured by its forecast. */
	private static List<Light> lights(TargetOverview overview) {
		List<Light> lights = new ArrayList<>();
		for (MetricTrack m : overview.metrics()) {
			next(m).ifPresent((t) -> lights.add(new Light(m, t, t.reached() ? "green" : colour(t.status()))));
		}
		return lights;
	}

	private static Optional<TargetTrack> next(MetricTrack m) {
		YearValue latest = m.latest();
		return m.targets()
			.stream()
			.filter((t) -> latest == null || t.target().year() > latest.year())
			.findFirst()
			.or(() -> m.targets().isEmpty() ? Optional.empty() : Optional.of(m.targets().get(m.targets().size() - 1)));
	}

	private static String colour(TargetStatus status) {
		return switch (status) {
			case ON_COURSE -> "green";
			case AT_RISK -> "amber";
			case OFF_COURSE -> "red";
			case NO_FORECAST -> "grey";
		};
	}

	private static HighTech highTech(TargetOverview overview) {
		return overview.metric(Target.HIGH_TECH_ENTERPRISES)
			.flatMap((m) -> next(m).map((t) -> new HighTech(m, t)))
			.orElse(null);
	}

	private Alerts alerts(String zone, int year, DataScope scope) {
		try {
			List<Finding> open = this.quality.check(zone, year, scope)
				.stream()
				.filter((f) -> !f.review().status().settled())
				.toList();
			long errors = open.stream().filter((f) -> f.severity() == Severity.ERROR).count();
			return new Alerts(errors, open.size() - errors, open.stream()
				.collect(Collectors.groupingBy(Finding::kind, java.util.LinkedHashMap::new, Collectors.counting())));
		}
		catch (AccessDeniedException ex) {
			return null;
		}
	}

	/** What the cards show; a null card is not shown. */
	public record Cards(List<Gap> gaps, List<Light> lights, HighTech highTech, List<ChainCard> chains,
			Long pendingReviews, Alerts alerts, List<OverdueItem> overdue) {
	}

	/**
	 * A chain on the card: its overview and how many of its links are flagged 补链, 强链 or
	 * 延链, or sound, in that order (a strength no link has is left out).
	 */
	public record ChainCard(ChainOverview overview, List<StrengthCount> strengths) {

		static ChainCard of(ChainOverview overview) {
			java.util.Map<Strength, Long> counts = new java.util.EnumMap<>(Strength.class);
			for (LinkOverview link : overview.links()) {
				counts.merge(link.strength().strength(), 1L, Long::sum);
			}
			return new ChainCard(overview,
					counts.entrySet().stream().map((e) -> new StrengthCount(e.getKey(), e.getValue())).toList());
		}

	}

	/** How many links have a strength, and the colour of its badge. */
	public record StrengthCount(Strength strength, long count) {

		public String colour() {
			return switch (this.strength) {
				case FILL -> "text-bg-danger";
				case STRENGTHEN -> "text-bg-warning";
				case EXTEND -> "text-bg-info";
				case SOUND -> "text-bg-success";
			};
		}

	}

	/** An unmet indicator, its value the year before and its values so far. */
	public record Gap(IndicatorResult result, BigDecimal previous, Trend trend, List<Integer> years,
			List<BigDecimal> values) {

		public String yearsText() {
			return years.stream().map(String::valueOf).collect(Collectors.joining(","));
		}

		public String valuesText() {
			return values.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(","));
		}

	}

	public enum Trend {

		BETTER, WORSE, FLAT, UNKNOWN

	}

	/** A metric's next target and its light: green, amber, red or grey. */
	public record Light(MetricTrack metric, TargetTrack track, String colour) {
	}

	public record HighTech(MetricTrack metric, TargetTrack track) {

		public String yearsText() {
			return metric.actuals().stream().map((v) -> String.valueOf(v.year())).collect(Collectors.joining(","));
		}

		public String valuesText() {
			return metric.actuals()
				.stream()
				.map((v) -> v.value().stripTrailingZeros().toPlainString())
				.collect(Collectors.joining(","));
		}

	}

	/** Open data-quality findings: errors, warnings, and how many of each kind. */
	public record Alerts(long errors, long warnings, java.util.Map<org.gaoxin.quality.FindingKind, Long> byKind) {

		public long total() {
			return errors + warnings;
		}

	}

}
