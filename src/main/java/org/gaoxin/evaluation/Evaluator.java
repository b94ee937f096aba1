package org.gaoxin.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.filing.EnterpriseYears;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.evaluation.internal.IndicatorJudge;
import org.gaoxin.evaluation.internal.ZoneYearAggregates;
import org.gaoxin.evaluation.internal.ZoneYearInputs;
import org.gaoxin.evaluation.internal.ScenarioInputs;
import org.gaoxin.platform.Platform;
import org.gaoxin.platform.Platforms;
import org.gaoxin.region.Regions;
import org.gaoxin.region.ZoneDataVersions;
import org.gaoxin.shared.ResultCache;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.Page;
import org.gaoxin.shared.PageRequest;
import org.gaoxin.standard.Aggregate;
import org.gaoxin.standard.Category;
import org.gaoxin.standard.Indicator;
import org.gaoxin.standard.SafeFormula;
import org.gaoxin.standard.Standard;
import org.gaoxin.standard.Standards;
import org.gaoxin.statistics.ZoneFigures;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluates a zone-year against a standard: values, gaps, verdict and the records behind
 * every number.
 */
@Service
public class Evaluator {

	/** The kinds of results kept in the {@link ResultCache}. */
	public static final String EVALUATION = "evaluation";

	public static final String YEARS = "evaluation-years";

	public static final String MEASURES = "evaluation-measures";

	private static final Set<ReportStatus> APPROVED = EnumSet.of(ReportStatus.APPROVED);

	private static final Set<ReportStatus> WITH_PENDING = EnumSet.of(ReportStatus.APPROVED, ReportStatus.SUBMITTED);

	private final Standards standards;

	private final Regions regions;

	private final ZoneFigures figures;

	private final EnterpriseYears enterprises;

	private final Platforms platforms;

	private final Clock clock;

	private final ResultCache results;

	private final ZoneDataVersions versions;

	private final ZoneYearAggregates aggregates;

	Evaluator(Standards standards, Regions regions, ZoneFigures figures, EnterpriseYears enterprises,
			Platforms platforms, Clock clock, ResultCache results, ZoneDataVersions versions,
			ZoneYearAggregates aggregates) {
		this.results = results;
		this.versions = versions;
		this.aggregates = aggregates;
		this.standards = standards;
		this.regions = regions;
		this.figures = figures;
		this.enterprises = enterprises;
		this.platforms = platforms;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Evaluation evaluate(String zoneCode, int year, String standardReference, boolean includePending,
			DataScope scope) {
		requireZone(zoneCode, scope);
		Standard standard = this.standards.resolveThreshold(standardReference);
		// zone-level: the same for everyone who may read the zone
		return this.results.get(EVALUATION, key(zoneCode, year, standard, includePending),
				(evaluation) -> evaluation.indicators().size(),
				() -> evaluate(zoneCode, year, standard, includePending));
	}

	/** The standard applied to every year for which the zone has figures or reports. */
	@Transactional(readOnly = true)
	public YearOverYear yearOverYear(String zoneCode, String standardReference, boolean includePending,
			DataScope scope) {
		requireZone(zoneCode, scope);
		Standard standard = this.standards.resolveThreshold(standardReference);
		return this.results.get(YEARS, key(zoneCode, 0, standard, includePending),
				(history) -> history.years().stream().mapToInt((e) -> e.indicators().size()).sum(),
				() -> new YearOverYear(zoneCode, standard.reference(), new ArrayList<>(
						evaluateAll(List.of(zoneCode), years(zoneCode), standard, includePending).values())));
	}

	/**
	 * Every zone × year asked for against the standard, the enterprise aggregates of all
	 * of them computed by one SQL statement grouped by zone and year; zone by zone, year
	 * by year in the order given.
	 */
	@Transactional(readOnly = true)
	public List<Evaluation> evaluateAll(List<String> zoneCodes, List<Integer> years, String standardReference,
			boolean includePending, DataScope scope) {
		zoneCodes.forEach((zone) -> requireZone(zone, scope));
		Standard standard = this.standards.resolveThreshold(standardReference);
		return List.copyOf(evaluateAll(zoneCodes, years, standard, includePending).values());
	}

	private Map<ZoneYearAggregates.ZoneYear, Evaluation> evaluateAll(List<String> zoneCodes, Collection<Integer> years,
			Standard standard, boolean includePending) {
		Map<ZoneYearAggregates.ZoneYear, Map<String, InputValue>> computed = this.aggregates.compute(standard,
				zoneCodes, years, includePending ? WITH_PENDING : APPROVED);
		Map<ZoneYearAggregates.ZoneYear, Evaluation> evaluations = new LinkedHashMap<>();
		Map<String, List<Platform>> platforms = new HashMap<>();
		Map<String, List<org.gaoxin.statistics.ZoneFigure>> figures = this.figures.forFormulas(zoneCodes, years,
				figuresRead(standard));
		computed.forEach((key, values) -> {
			List<Platform> registered = platforms.computeIfAbsent(key.zoneCode(), this.platforms::registered);
			ZoneYearInputs inputs = ZoneYearInputs.computed(key.year(), figures.get(key.zoneCode() + "/" + key.year()),
					registered, values);
			evaluations.put(key, evaluate(key.zoneCode(), standard, key.year(), inputs, includePending));
		});
		return evaluations;
	}

	/**
	 * The records behind an aggregate input, the caller seeing only enterprises in their
	 * scope.
	 */
	@Transactional(readOnly = true)
	public Page<Contributor> contributors(String zoneCode, int year, String standardReference, String aggregateName,
			boolean includePending, DataScope scope, PageRequest page) {
		requireZone(zoneCode, scope);
		Standard standard = this.standards.resolveThreshold(standardReference);
		Aggregate aggregate = standard.aggregates().get(aggregateName);
		if (aggregate == null) {
			throw new NotFoundException("No aggregate '" + aggregateName + "' in " + standard.reference());
		}
		ZoneYearInputs inputs = inputs(zoneCode, year, includePending);
		List<Contributor> visible = inputs.contributors(aggregate);
		if (aggregate.kind() != Aggregate.Kind.COUNT_OF_PLATFORMS && scope.role() == Role.CHAIN_LEADER) {
			Set<Long> onChain = inputs.enterprisesOnChain(scope.chainCode());
			visible = visible.stream().filter((c) -> onChain.contains(c.id())).toList();
		}
		int from = Math.min(page.offset(), visible.size());
		int to = Math.min(from + page.size(), visible.size());
		return new Page<>(visible.subList(from, to), page.page(), page.size(), visible.size());
	}

	/**
	 * The zone-year under a what-if scenario: the stored figures, reports, certificates
	 * and platforms with the scenario's changes, approved reports only. Nothing is
	 * written.
	 */
	@Transactional(readOnly = true)
	public Evaluation evaluate(String zoneCode, int year, String standardReference, Scenario scenario,
			DataScope scope) {
		requireZone(zoneCode, scope);
		Standard standard = this.standards.resolveThreshold(standardReference);
		ZoneYearInputs inputs = ScenarioInputs.apply(scenario, zoneCode, year, this.figures.forFormulas(zoneCode, year),
				this.enterprises.inZone(zoneCode, year, APPROVED), this.platforms.registered(zoneCode));
		return evaluate(zoneCode, standard, year, inputs, false);
	}

	/**
	 * Every year with data up to {@code lastYear}, evaluated against the standard, with
	 * the given formulas over the standard's aggregates and the zone's figures computed
	 * from the same inputs. Approved reports only.
	 */
	@Transactional(readOnly = true)
	public List<MeasuredYear> measure(String zoneCode, String standardReference, Collection<String> formulas,
			int lastYear, DataScope scope) {
		requireZone(zoneCode, scope);
		Standard standard = this.standards.resolveThreshold(standardReference);
		List<Object> key = new ArrayList<>(key(zoneCode, lastYear, standard, false));
		key.add(List.copyOf(formulas));
		return this.results.get(MEASURES, key,
				(years) -> years.stream()
					.mapToInt((y) -> y.evaluation().indicators().size() + y.measures().size())
					.sum(),
				() -> measure(zoneCode, standard, formulas, lastYear));
	}

	private List<MeasuredYear> measure(String zoneCode, Standard standard, Collection<String> formulas, int lastYear) {
		Map<String, SafeFormula> compiled = new LinkedHashMap<>();
		formulas.forEach((formula) -> compiled.put(formula, SafeFormula.compile(formula)));
		List<Platform> platforms = this.platforms.registered(zoneCode);
		List<MeasuredYear> years = new ArrayList<>();
		for (int year : years(zoneCode)) {
			if (year > lastYear) {
				break;
			}
			ZoneYearInputs inputs = new ZoneYearInputs(year, this.figures.forFormulas(zoneCode, year),
					this.enterprises.inZone(zoneCode, year, APPROVED), platforms);
			Evaluation evaluation = evaluate(zoneCode, standard, year, inputs, false);
			Map<String, BigDecimal> values = new HashMap<>();
			compiled.forEach((text, formula) -> {
				BigDecimal value = IndicatorJudge.measure(standard, formula, inputs);
				if (value != null) {
					values.put(text, value);
				}
			});
			years.add(new MeasuredYear(year, evaluation, values));
		}
		return years;
	}

	/**
	 * The names a formula reads that are neither an aggregate of the standard (none when
	 * the reference is null) nor a zone figure; empty when it can be measured. A formula
	 * that breaks the formula rules is an {@link IllegalArgumentException} saying why.
	 */
	public Set<String> unknownInputs(String standardReference, String formula) {
		Set<String> aggregates = (standardReference != null)
				? this.standards.resolve(standardReference).aggregates().keySet() : Set.of();
		Set<String> figures = new java.util.HashSet<>();
		this.figures.definitions().forEach((definition) -> figures.add(definition.code()));
		this.figures.derivedDefinitions().forEach((definition) -> figures.add(definition.code()));
		Set<String> unknown = new TreeSet<>(SafeFormula.compile(formula).inputs());
		unknown.removeIf((input) -> aggregates.contains(input) || figures.contains(input));
		return unknown;
	}

	/** The names the standard's formulas and facts read that are not its aggregates. */
	private static Set<String> figuresRead(Standard standard) {
		Set<String> names = new java.util.HashSet<>();
		for (Indicator indicator : standard.indicators()) {
			if (indicator.source() instanceof org.gaoxin.standard.ValueSource.Formula formula) {
				names.addAll(formula.inputs());
			}
			else if (indicator.source() instanceof org.gaoxin.standard.ValueSource.Fact fact) {
				names.add(fact.figure());
			}
		}
		names.removeAll(standard.aggregates().keySet());
		return names;
	}

	public List<Integer> years(String zoneCode) {
		Set<Integer> years = new TreeSet<>(this.figures.years(zoneCode));
		years.addAll(this.enterprises.reportYears(zoneCode));
		return List.copyOf(years);
	}

	Evaluation evaluate(String zoneCode, int year, Standard standard, boolean includePending) {
		return evaluateAll(List.of(zoneCode), List.of(year), standard, includePending).values().iterator().next();
	}

	private Evaluation evaluate(String zoneCode, Standard standard, int year, ZoneYearInputs inputs,
			boolean includePending) {
		List<IndicatorResult> results = new ArrayList<>();
		for (Indicator indicator : standard.indicators()) {
			results.add(IndicatorJudge.judge(standard, indicator, inputs));
		}
		List<CategorySummary> categories = new ArrayList<>();
		for (Category category : standard.categories()) {
			List<IndicatorResult> in = results.stream().filter((r) -> r.category().equals(category.code())).toList();
			categories
				.add(new CategorySummary(category.code(), category.name(), in.size(), count(in, IndicatorStatus.MET),
						count(in, IndicatorStatus.UNMET), count(in, IndicatorStatus.MISSING)));
		}
		return new Evaluation(zoneCode, year, standard.code(), standard.version(), standard.checksum(), standard.name(),
				includePending, this.clock.instant(), results, categories,
				Verdict.decide(standard.verdictRule(), results, year));
	}

	private ZoneYearInputs inputs(String zoneCode, int year, boolean includePending) {
		return new ZoneYearInputs(year, this.figures.forFormulas(zoneCode, year),
				this.enterprises.inZone(zoneCode, year, includePending ? WITH_PENDING : APPROVED),
				this.platforms.registered(zoneCode));
	}

	/**
	 * Everything a zone-level result depends on: the zone's data version, the year, the
	 * standard's version and content, and whether submitted reports count.
	 */
	private List<Object> key(String zoneCode, int year, Standard standard, boolean includePending) {
		return java.util.Arrays.asList(zoneCode, this.versions.current(zoneCode), year, standard.code(),
				standard.version(), standard.checksum(), includePending);
	}

	private void requireZone(String zoneCode, DataScope scope) {
		this.regions.readable(zoneCode, scope);
	}

	private static int count(List<IndicatorResult> results, IndicatorStatus status) {
		return (int) results.stream().filter((r) -> r.status() == status).count();
	}

}
