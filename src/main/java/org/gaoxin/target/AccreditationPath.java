package org.gaoxin.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gaoxin.account.DataScope;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.enterprise.Certificates;
import org.gaoxin.evaluation.IndicatorStatus;
import org.gaoxin.qualification.EnterpriseAssessment;
import org.gaoxin.qualification.EnterpriseAssessments;
import org.gaoxin.qualification.Pool;
import org.gaoxin.qualification.CultivationPool;
import org.gaoxin.qualification.Readiness;
import org.gaoxin.qualification.rules.Outcome;
import org.gaoxin.region.Regions;
import org.gaoxin.standard.Aggregate;
import org.gaoxin.standard.EnterpriseFlag;
import org.gaoxin.standard.Indicator;
import org.gaoxin.standard.Standard;
import org.gaoxin.standard.Standards;
import org.gaoxin.standard.ValueSource;
import org.gaoxin.target.internal.BudgetPlanner;
import org.gaoxin.target.internal.CandidatePlanner;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The path to full accreditation (what no spreadsheet does): for the high-tech count the
 * cheapest pool candidates that reach the threshold and each target, for the
 * technology-based count the enterprises able to register, for the other unmet or at-risk
 * indicators the yearly growth needed; and the budget mode. Reads only.
 */
@Service
public class AccreditationPath {

	private static final String GAP_RD = "RD_EXPENSE";

	private static final String GAP_STAFF = "ST_STAFF";

	private static final String GAP_IP = "IP_ITEM";

	private static final String GAP_REVENUE = "HIGH_TECH_REVENUE";

	private final TargetTracking tracking;

	private final CultivationPool pool;

	private final EnterpriseAssessments assessments;

	private final Certificates certificates;

	private final Standards standards;

	private final Regions regions;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	AccreditationPath(TargetTracking tracking, CultivationPool pool, EnterpriseAssessments assessments,
			Certificates certificates, Standards standards, Regions regions, JdbcClient jdbc, AuditLog audit) {
		this.tracking = tracking;
		this.pool = pool;
		this.assessments = assessments;
		this.certificates = certificates;
		this.standards = standards;
		this.regions = regions;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Path path(String zoneCode, int year, DataScope scope) {
		return path(this.tracking.overview(zoneCode, year, scope), scope);
	}

	/** The path from an overview already computed (the targets page shows both). */
	@Transactional(readOnly = true)
	public Path path(TargetOverview overview, DataScope scope) {
		String zoneCode = overview.zoneCode();
		int year = overview.year();
		Standard standard = this.standards.resolve(overview.standardReference());
		UnitCosts costs = unitCosts(zoneCode);
		Headline headline = overview.headline();
		Optional<Indicator> highTechIndicator = countIndicator(standard, EnterpriseFlag.HIGH_TECH);
		Optional<Indicator> techSmeIndicator = countIndicator(standard, EnterpriseFlag.TECH_SME);
		HighTechPath highTech = highTech(overview, highTechIndicator, costs, scope);
		TechSmePath techSme = techSme(overview, techSmeIndicator, scope);
		List<FigurePath> figures = new ArrayList<>();
		for (IndicatorOutlook outlook : headline.indicators()) {
			boolean count = highTechIndicator.map(Indicator::code).filter(outlook.code()::equals).isPresent()
					|| techSmeIndicator.map(Indicator::code).filter(outlook.code()::equals).isPresent();
			boolean open = outlook.now() == IndicatorStatus.UNMET || !outlook.projectedMet()
					|| outlook.status() == TargetStatus.AT_RISK || outlook.status() == TargetStatus.OFF_COURSE;
			if (!count && open) {
				figures.add(new FigurePath(outlook, tracksOn(overview, standard, outlook.code())));
			}
		}
		return new Path(zoneCode, year, overview.standardReference(), headline.year(), highTech, techSme, figures,
				costs);
	}

	/**
	 * The budget mode: the most candidates the budget qualifies at the given unit costs
	 * (the zone's when null).
	 */
	@Transactional(readOnly = true)
	public BudgetPlan budget(String zoneCode, int year, BigDecimal budget, UnitCosts costs, DataScope scope) {
		this.regions.readable(zoneCode, scope);
		TargetNumbers.nonNegative("budget", budget);
		UnitCosts used = (costs != null) ? costs : unitCosts(zoneCode);
		Pool candidates = this.pool.pool(zoneCode, year, scope);
		List<PlannedCandidate> ranking = CandidatePlanner.rank(candidates.candidates(), used);
		List<PlannedCandidate> chosen = BudgetPlanner.choose(ranking, PlannedCandidate::cost, budget);
		PlanTotals totals = PlanTotals.of(chosen);
		PlannedCandidate next = (chosen.size() < ranking.size()) ? ranking.get(chosen.size()) : null;
		return new BudgetPlan(budget, used, chosen, totals, budget.subtract(totals.cost()), next,
				(int) candidates.highTechNow() + chosen.size());
	}

	/** The zone's unit costs, or the defaults until it sets its own. */
	@Transactional(readOnly = true)
	public UnitCosts unitCosts(String zoneCode, DataScope scope) {
		this.regions.readable(zoneCode, scope);
		return unitCosts(zoneCode);
	}

	/** Headquarters (and administrators) of the zone set its unit costs; audited. */
	@Transactional
	public UnitCosts setUnitCosts(String zoneCode, UnitCosts costs, DataScope scope) {
		this.regions.readable(zoneCode, scope);
		if (!Targets.canEdit(scope, zoneCode)) {
			throw new AccessDeniedException("Only the zone's headquarters sets its unit costs");
		}
		UnitCosts before = unitCosts(zoneCode);
		this.jdbc.sql("DELETE FROM gap_unit_cost WHERE zone_code = :zone").param("zone", zoneCode).update();
		Map<String, BigDecimal> values = values(costs);
		values.forEach((gap, value) -> this.jdbc
			.sql("INSERT INTO gap_unit_cost (zone_code, gap, yuan_per_unit) VALUES (:zone, :gap, :value)")
			.param("zone", zoneCode)
			.param("gap", gap)
			.param("value", value)
			.update());
		this.audit.updated("gap_unit_cost", zoneCode, values(before), values);
		return unitCosts(zoneCode);
	}

	private HighTechPath highTech(TargetOverview overview, Optional<Indicator> indicator, UnitCosts costs,
			DataScope scope) {
		Pool pool = this.pool.pool(overview.zoneCode(), overview.year(), scope);
		List<PlannedCandidate> ranking = CandidatePlanner.rank(pool.candidates(), costs);
		int current = (int) pool.highTechNow();
		Integer threshold = indicator.map(Indicator::threshold).map(BigDecimal::intValue).orElse(null);
		List<CountGoal> goals = new ArrayList<>();
		if (threshold != null && current < threshold) {
			goals.add(CandidatePlanner.goal(null, threshold, current, ranking));
		}
		for (Target target : targetsOn(overview, indicator)) {
			goals.add(CandidatePlanner.goal(target.year(), target.value().intValue(), current, ranking));
		}
		int incomplete = (int) pool.count(Readiness.INCOMPLETE);
		return new HighTechPath(indicator.map(Indicator::code).orElse(null), current, threshold, goals, ranking,
				CandidatePlanner.blocked(pool.candidates()), incomplete,
				pool.renewals().stream().filter((r) -> r.readiness() != Readiness.READY).toList());
	}

	private TechSmePath techSme(TargetOverview overview, Optional<Indicator> indicator, DataScope scope) {
		Optional<IndicatorOutlook> outlook = indicator.flatMap(
				(i) -> overview.headline().indicators().stream().filter((o) -> o.code().equals(i.code())).findFirst());
		int current = outlook.map(IndicatorOutlook::latest).map(BigDecimal::intValue).orElse(0);
		Integer threshold = indicator.map(Indicator::threshold).map(BigDecimal::intValue).orElse(null);
		List<Integer[]> wanted = new ArrayList<>();
		if (threshold != null && current < threshold) {
			wanted.add(new Integer[] { null, threshold });
		}
		for (Target target : targetsOn(overview, indicator)) {
			if (!target.reachedBy(BigDecimal.valueOf(current))) {
				wanted.add(new Integer[] { target.year(), target.value().intValue() });
			}
		}
		if (wanted.isEmpty()) {
			return new TechSmePath(indicator.map(Indicator::code).orElse(null), current, threshold, List.of(), 0,
					List.of());
		}
		Set<Long> registered = this.certificates.techSmeIn(overview.zoneCode(), overview.year());
		List<TechSmeCandidate> candidates = new ArrayList<>();
		for (EnterpriseAssessment a : this.assessments.assessZone(overview.zoneCode(), overview.year(), scope)) {
			if (registered.contains(a.enterpriseId())) {
				continue;
			}
			candidates.add((a.techSme() != null)
					? new TechSmeCandidate(a.enterpriseId(), a.creditCode(), a.name(), a.techSme().outcome(),
							a.techSme().total(), a.techSme().gaps())
					: new TechSmeCandidate(a.enterpriseId(), a.creditCode(), a.name(), Outcome.FAIL, 0,
							a.techSmeMissing()));
		}
		// those able to register first (certain before those still to declare), then by
		// score
		candidates.sort(Comparator.comparing((TechSmeCandidate c) -> !c.canRegister())
			.thenComparing((TechSmeCandidate c) -> c.outcome() != Outcome.PASS)
			.thenComparing(Comparator.comparingInt(TechSmeCandidate::score).reversed())
			.thenComparing(TechSmeCandidate::creditCode));
		int ready = (int) candidates.stream().filter(TechSmeCandidate::canRegister).count();
		List<TechSmePath.Goal> goals = wanted.stream().map((w) -> {
			int needed = Math.max(0, w[1] - current);
			return new TechSmePath.Goal(w[0], w[1], needed, Math.max(0, needed - ready));
		}).toList();
		return new TechSmePath(indicator.map(Indicator::code).orElse(null), current, threshold, goals, ready,
				candidates);
	}

	/** The zone's targets ahead on the indicator (its metrics naming it). */
	private static List<Target> targetsOn(TargetOverview overview, Optional<Indicator> indicator) {
		if (indicator.isEmpty()) {
			return List.of();
		}
		String code = indicator.get().code();
		String standardCode = overview.standardReference().split("@")[0];
		return overview.metrics()
			.stream()
			.filter((m) -> m.metric().kind() == MetricKind.INDICATOR && code.equals(m.metric().reference())
					&& standardCode.equals(m.metric().standardCode()))
			.flatMap((m) -> m.targets().stream())
			.map(TargetTrack::target)
			.filter((t) -> t.year() > overview.year())
			.sorted(Comparator.comparingInt(Target::year))
			.toList();
	}

	/**
	 * The targets of the metrics measuring what the indicator measures: the indicator
	 * itself, or the figure or formula it is computed by.
	 */
	private static List<TargetTrack> tracksOn(TargetOverview overview, Standard standard, String code) {
		String formula = standard.indicator(code)
			.map(Indicator::source)
			.map((source) -> (source instanceof ValueSource.Formula f) ? f.expression().strip()
					: ((ValueSource.Fact) source).figure())
			.orElse("");
		return overview.metrics()
			.stream()
			.filter((m) -> (m.metric().kind() == MetricKind.INDICATOR && code.equals(m.metric().reference())
					&& standard.code().equals(m.metric().standardCode()))
					|| (m.metric().formula() != null && m.metric().formula().strip().equals(formula)))
			.flatMap((m) -> m.targets().stream())
			.filter((t) -> t.target().year() > overview.year())
			.toList();
	}

	/**
	 * The standard's indicator that counts the enterprises with one flag: its formula is
	 * an aggregate counting enterprises where exactly that flag holds.
	 */
	static Optional<Indicator> countIndicator(Standard standard, EnterpriseFlag flag) {
		return standard.indicators().stream().filter((indicator) -> {
			if (!(indicator.source() instanceof ValueSource.Formula formula)) {
				return false;
			}
			Aggregate aggregate = standard.aggregates().get(formula.expression().strip());
			return aggregate != null && aggregate.kind() == Aggregate.Kind.COUNT_OF_ENTERPRISES
					&& aggregate.where().equals(Set.of(flag));
		}).findFirst();
	}

	private UnitCosts unitCosts(String zoneCode) {
		Map<String, BigDecimal> stored = new LinkedHashMap<>();
		this.jdbc.sql("SELECT gap, yuan_per_unit FROM gap_unit_cost WHERE zone_code = :zone")
			.param("zone", zoneCode)
			.query((rs, row) -> stored.put(rs.getString("gap"), Targets.plain(rs.getBigDecimal("yuan_per_unit"))))
			.list();
		if (stored.isEmpty()) {
			return UnitCosts.DEFAULTS;
		}
		UnitCosts d = UnitCosts.DEFAULTS;
		return new UnitCosts(stored.getOrDefault(GAP_RD, d.rdExpense()), stored.getOrDefault(GAP_STAFF, d.stStaff()),
				stored.getOrDefault(GAP_IP, d.ipItem()), stored.getOrDefault(GAP_REVENUE, d.highTechRevenue()), true);
	}

	private static Map<String, BigDecimal> values(UnitCosts costs) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		values.put(GAP_RD, costs.rdExpense());
		values.put(GAP_STAFF, costs.stStaff());
		values.put(GAP_IP, costs.ipItem());
		values.put(GAP_REVENUE, costs.highTechRevenue());
		return values;
	}

}
