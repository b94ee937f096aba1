package org.gaoxin.industry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.gaoxin.account.DataScope;
import org.gaoxin.evaluation.Evaluation;
import org.gaoxin.evaluation.Evaluator;
import org.gaoxin.evaluation.IndicatorResult;
import org.gaoxin.evaluation.InputValue;
import org.gaoxin.evaluation.IndicatorStatus;
import org.gaoxin.region.Regions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Foreign capital actually utilised as the projects add it up, beside the figure the
 * commerce department reports, and the pipeline measured against the foreign-capital
 * indicator.
 */
@Service
public class ForeignCapital {

	/** The zone figure the commerce department reports. */
	public static final String REPORTED = "fdi_actual";

	/** The same, added up from the investment projects (a formula variable). */
	public static final String FROM_PROJECTS = "fdi_projects";

	private final JdbcClient jdbc;

	private final Regions regions;

	private final InvestmentProjects projects;

	private final ChainRules rules;

	private final Evaluator evaluator;

	ForeignCapital(JdbcClient jdbc, Regions regions, InvestmentProjects projects, ChainRules rules,
			Evaluator evaluator) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.projects = projects;
		this.rules = rules;
		this.evaluator = evaluator;
	}

	/**
	 * The foreign capital the zone's projects actually brought in the year (万美元): foreign
	 * investors' projects that have started, each year's amount at that year's rate.
	 * Empty when the zone keeps no projects at all (nothing to add up, not zero).
	 */
	@Transactional(readOnly = true)
	public Optional<BigDecimal> fromProjects(String zoneCode, int year) {
		Integer projects = this.jdbc.sql("SELECT COUNT(*) FROM investment_project WHERE zone_code = :zone")
			.param("zone", zoneCode)
			.query(Integer.class)
			.single();
		if (projects == 0) {
			return Optional.empty();
		}
		BigDecimal sum = this.jdbc.sql("""
				SELECT COALESCE(SUM(u.amount * u.usd_rate), 0) FROM investment_utilisation u
				JOIN investment_project p ON p.id = u.project_id
				WHERE p.zone_code = :zone AND u.utilisation_year = :year AND p.foreign_investor = TRUE
				  AND p.stage IN ('STARTED', 'IN_PRODUCTION')""")
			.param("zone", zoneCode)
			.param("year", year)
			.query(BigDecimal.class)
			.single();
		return Optional.of(sum.setScale(2, RoundingMode.HALF_UP));
	}

	/**
	 * Year by year, the reported figure and the projects' sum, with their difference:
	 * every year that has either.
	 */
	@Transactional(readOnly = true)
	public List<FdiYear> reconciliation(String zoneCode, DataScope scope) {
		this.regions.readable(zoneCode, scope);
		Map<Integer, BigDecimal> reported = new TreeMap<>();
		this.jdbc.sql("""
				SELECT figure_year, num_value FROM zone_figure
				WHERE zone_code = :zone AND figure_code = :code AND num_value IS NOT NULL""")
			.param("zone", zoneCode)
			.param("code", REPORTED)
			.query((rs, row) -> reported.put(rs.getInt(1), rs.getBigDecimal(2)))
			.list();
		TreeSet<Integer> years = new TreeSet<>(reported.keySet());
		years.addAll(this.jdbc.sql("""
				SELECT DISTINCT u.utilisation_year FROM investment_utilisation u
				JOIN investment_project p ON p.id = u.project_id WHERE p.zone_code = :zone""")
			.param("zone", zoneCode)
			.query(Integer.class)
			.list());
		List<FdiYear> rows = new ArrayList<>();
		for (int year : years) {
			BigDecimal figure = reported.get(year);
			rows.add(new FdiYear(year, (figure != null) ? figure.stripTrailingZeros() : null,
					fromProjects(zoneCode, year).orElse(null)));
		}
		return rows;
	}

	/**
	 * The pipeline of the projects the caller reads, and the zone's standard's
	 * foreign-capital indicators for the year with what the pipeline would add.
	 */
	@Transactional(readOnly = true)
	public Pipeline pipeline(String zoneCode, int year, String standardReference, DataScope scope) {
		List<InvestmentProject> all = this.projects.inZone(zoneCode, scope);
		List<StageRow> stages = new ArrayList<>();
		BigDecimal expected = BigDecimal.ZERO;
		for (ProjectStage stage : ProjectStage.values()) {
			List<InvestmentProject> at = all.stream().filter((p) -> p.stage() == stage).toList();
			List<InvestmentProject> foreign = at.stream().filter(InvestmentProject::foreignInvestor).toList();
			BigDecimal planned = foreign.stream()
				.map(InvestmentProject::plannedWanUsd)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal weighted = planned.multiply(this.rules.weight(stage)).setScale(2, RoundingMode.HALF_UP);
			stages.add(new StageRow(stage, at.size(), foreign.size(), planned, this.rules.weight(stage), weighted));
			if (!stage.utilising()) {
				expected = expected.add(weighted);
			}
		}
		Map<String, Map<ProjectStage, Integer>> byChain = new LinkedHashMap<>();
		for (InvestmentProject project : all) {
			byChain.computeIfAbsent(project.chainCode(), (chain) -> new EnumMap<>(ProjectStage.class))
				.merge(project.stage(), 1, Integer::sum);
		}
		return new Pipeline(zoneCode, year, stages, byChain, expected,
				indicators(zoneCode, year, standardReference, expected, scope));
	}

	private List<Pipeline.FdiIndicator> indicators(String zoneCode, int year, String standardReference,
			BigDecimal expected, DataScope scope) {
		Evaluation evaluation = this.evaluator.evaluate(zoneCode, year, standardReference, false, scope);
		List<Pipeline.FdiIndicator> found = new ArrayList<>();
		for (IndicatorResult result : evaluation.indicators()) {
			boolean readsFdi = result.inputs()
				.stream()
				.map(InputValue::name)
				.anyMatch((name) -> REPORTED.equals(name) || FROM_PROJECTS.equals(name));
			if (!readsFdi || result.threshold() == null) {
				continue;
			}
			BigDecimal gap = (result.value() != null) ? result.threshold().subtract(result.value()).max(BigDecimal.ZERO)
					: result.threshold();
			found.add(new Pipeline.FdiIndicator(result.code(), result.name(), result.formula(), result.value(),
					result.threshold(), gap, result.status() == IndicatorStatus.MET,
					gap.subtract(expected).max(BigDecimal.ZERO)));
		}
		return found;
	}

}
