package org.gaoxin.industry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gaoxin.account.DataScope;
import org.gaoxin.chain.Chain;
import org.gaoxin.chain.ChainEdge;
import org.gaoxin.chain.ChainLink;
import org.gaoxin.chain.Chains;
import org.gaoxin.enterprise.EnterpriseScopeSql;
import org.gaoxin.enterprise.HighTechCertificate;
import org.gaoxin.region.Regions;
import org.gaoxin.region.ZoneDataVersions;
import org.gaoxin.shared.ResultCache;
import org.gaoxin.shared.NotFoundException;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of a zone's chains and their links for a year, with each link's strength:
 * one set-based query per level, narrowed to the caller's data scope (a chain leader's
 * figures are those of the enterprises on their chain).
 */
@Service
public class ChainOverviews {

	/**
	 * Which enterprise serves which link: the link on its registry row, and the links it
	 * also serves (each pair once).
	 */
	private static final String MEMBERS = """
			(SELECT id AS enterprise_id, chain_link_code AS link_code, 1 AS is_primary FROM enterprise
			 WHERE chain_link_code IS NOT NULL
			 UNION ALL
			 SELECT x.enterprise_id, x.link_code, 0 FROM enterprise_chain_link x JOIN enterprise y ON y.id = x.enterprise_id
			 WHERE y.chain_link_code IS NULL OR y.chain_link_code <> x.link_code)""";

	private final NamedParameterJdbcTemplate jdbc;

	private final Chains chains;

	private final Regions regions;

	private final ChainRules rules;

	private final AttractionTargets targets;

	/** The kind of result kept in the {@link ResultCache}. */
	public static final String OVERVIEWS = "chain-overviews";

	private final ResultCache results;

	private final ZoneDataVersions versions;

	ChainOverviews(NamedParameterJdbcTemplate jdbc, Chains chains, Regions regions, ChainRules rules,
			AttractionTargets targets, ResultCache results, ZoneDataVersions versions) {
		this.results = results;
		this.versions = versions;
		this.jdbc = jdbc;
		this.chains = chains;
		this.regions = regions;
		this.rules = rules;
		this.targets = targets;
	}

	/** Every chain of the zone the caller may read, with its links, for the year. */
	@Transactional(readOnly = true)
	public List<ChainOverview> overview(String zoneCode, int year, DataScope scope) {
		this.regions.readable(zoneCode, scope);
		// the figures are those of the enterprises the caller sees: kept per scope
		return this.results.get(OVERVIEWS,
				java.util.Arrays.asList(zoneCode, this.versions.current(zoneCode), year, scope.role(), scope.zoneCode(),
						scope.enterpriseId(), scope.chainCode()),
				(overviews) -> 1 + overviews.size(), () -> compute(zoneCode, year, scope));
	}

	private List<ChainOverview> compute(String zoneCode, int year, DataScope scope) {
		List<Chain> chains = this.chains.inZone(zoneCode, scope);
		Map<String, LinkFigures> byChain = figures(zoneCode, year, scope, "l.chain_code");
		Map<String, LinkFigures> byLink = figures(zoneCode, year, scope, "m.link_code");
		Map<String, Integer> targetCounts = this.targets.countsByLink(zoneCode);
		BigDecimal zoneOutput = zoneOutput(zoneCode, year);
		List<ChainOverview> overviews = new ArrayList<>();
		for (Chain chain : chains) {
			overviews.add(assemble(chain, year, byChain, byLink, targetCounts, zoneOutput));
		}
		return overviews;
	}

	/** One chain for the year; another chain than the caller's is not found. */
	@Transactional(readOnly = true)
	public ChainOverview chain(String chainCode, int year, DataScope scope) {
		Chain chain = this.chains.readable(chainCode, scope);
		return overview(chain.zoneCode(), year, scope).stream()
			.filter((overview) -> overview.chain().code().equals(chainCode))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No chain " + chainCode));
	}

	/** The enterprises on a link the caller may see, largest output first. */
	@Transactional(readOnly = true)
	public List<LinkEnterprise> enterprises(String chainCode, String linkCode, int year, DataScope scope) {
		Chain chain = this.chains.readable(chainCode, scope);
		ChainLink link = chain.link(linkCode).orElseThrow(() -> new NotFoundException("No link " + linkCode));
		Map<String, Object> params = new HashMap<>();
		params.put("link", link.code());
		params.put("zone", chain.zoneCode());
		String flags = flags(year, params);
		return this.jdbc.query(
				"SELECT e.id, e.credit_code, e.name, m.is_primary, " + flags
						+ """
								, r.industrial_output, r.operating_revenue, r.rd_expense
								FROM %s m JOIN enterprise e ON e.id = m.enterprise_id
								LEFT JOIN enterprise_report r ON r.enterprise_id = e.id AND r.report_year = :year AND r.status = 'APPROVED'
								WHERE m.link_code = :link AND e.zone_code = :zone AND e.registration_date <= :yearEnd
								"""
							.formatted(MEMBERS)
						+ EnterpriseScopeSql
							.conditions(scope, params)
						+ " ORDER BY r.industrial_output DESC NULLS LAST, e.credit_code",
				params,
				(rs, row) -> new LinkEnterprise(rs.getLong("id"), rs.getString("credit_code"), rs.getString("name"),
						rs.getInt("ht") == 1, rs.getInt("tb") == 1, rs.getInt("is_primary") == 1,
						wan(rs.getBigDecimal("industrial_output")), wan(rs.getBigDecimal("operating_revenue")),
						wan(rs.getBigDecimal("rd_expense"))));
	}

	private ChainOverview assemble(Chain chain, int year, Map<String, LinkFigures> byChain,
			Map<String, LinkFigures> byLink, Map<String, Integer> targetCounts, BigDecimal zoneOutput) {
		List<ChainEdge> edges = this.chains.edges(chain.code());
		List<LinkOverview> links = new ArrayList<>();
		for (ChainLink link : chain.links()) {
			LinkFigures figures = withZone(byLink.get(link.code()), zoneOutput);
			List<String> downstream = edges.stream()
				.filter((edge) -> edge.upstream().equals(link.code()))
				.map(ChainEdge::downstream)
				.toList();
			links.add(new LinkOverview(link, figures,
					this.rules.judge(figures.enterprises(), figures.output(), !downstream.isEmpty()), downstream,
					targetCounts.getOrDefault(link.code(), 0)));
		}
		return new ChainOverview(chain, this.chains.leader(chain.code()), year,
				withZone(byChain.get(chain.code()), zoneOutput), links, edges);
	}

	private static LinkFigures withZone(LinkFigures figures, BigDecimal zoneOutput) {
		if (figures == null) {
			return new LinkFigures(0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, zoneOutput);
		}
		return new LinkFigures(figures.enterprises(), figures.highTech(), figures.techBased(), figures.reported(),
				figures.output(), figures.revenue(), figures.rd(), figures.outputLastYear(), zoneOutput);
	}

	/**
	 * The figures grouped by link ({@code m.link_code}) or chain ({@code l.chain_code}):
	 * each enterprise counted once per group; last year's output only of enterprises
	 * approved both years, so that growth compares like with like.
	 */
	private Map<String, LinkFigures> figures(String zoneCode, int year, DataScope scope, String group) {
		Map<String, Object> params = new HashMap<>();
		params.put("zone", zoneCode);
		params.put("lastYear", year - 1);
		String flags = flags(year, params);
		String members = "SELECT DISTINCT " + group + " AS grp, e.id, " + flags + " FROM " + MEMBERS + """
				 m JOIN enterprise e ON e.id = m.enterprise_id
				JOIN chain_link l ON l.code = m.link_code JOIN industrial_chain c ON c.code = l.chain_code
				WHERE c.zone_code = :zone AND e.zone_code = :zone AND e.registration_date <= :yearEnd
				""" + EnterpriseScopeSql.conditions(scope, params);
		String sql = """
				SELECT t.grp, COUNT(*) AS enterprises, SUM(t.ht) AS high_tech, SUM(t.tb) AS tech_based,
				       COUNT(r.id) AS reported, COALESCE(SUM(r.industrial_output), 0) AS output,
				       COALESCE(SUM(r.operating_revenue), 0) AS revenue, COALESCE(SUM(r.rd_expense), 0) AS rd,
				       SUM(CASE WHEN r.id IS NOT NULL THEN p.industrial_output END) AS last_output,
				       SUM(CASE WHEN p.id IS NOT NULL THEN r.industrial_output END) AS comparable_output
				FROM (%s) t
				LEFT JOIN enterprise_report r ON r.enterprise_id = t.id AND r.report_year = :year AND r.status = 'APPROVED'
				LEFT JOIN enterprise_report p ON p.enterprise_id = t.id AND p.report_year = :lastYear AND p.status = 'APPROVED'
				GROUP BY t.grp"""
			.formatted(members);
		Map<String, LinkFigures> figures = new HashMap<>();
		this.jdbc.query(sql, params, (rs) -> {
			BigDecimal last = rs.getBigDecimal("last_output");
			BigDecimal comparable = rs.getBigDecimal("comparable_output");
			// growth of the enterprises reported both years: scale last year's output to
			// this year's whole output by their ratio
			BigDecimal output = wan(rs.getBigDecimal("output"));
			BigDecimal lastYear = (last != null && comparable != null && comparable.signum() != 0)
					? output.multiply(wan(last)).divide(wan(comparable), 2, java.math.RoundingMode.HALF_UP) : null;
			figures.put(rs.getString("grp"),
					new LinkFigures(rs.getInt("enterprises"), rs.getInt("high_tech"), rs.getInt("tech_based"),
							rs.getInt("reported"), output, wan(rs.getBigDecimal("revenue")),
							wan(rs.getBigDecimal("rd")), lastYear, null));
		});
		return figures;
	}

	private BigDecimal zoneOutput(String zoneCode, int year) {
		BigDecimal total = this.jdbc.queryForObject("""
				SELECT COALESCE(SUM(r.industrial_output), 0) FROM enterprise_report r
				JOIN enterprise e ON e.id = r.enterprise_id
				WHERE e.zone_code = :zone AND r.report_year = :year AND r.status = 'APPROVED'""",
				Map.of("zone", zoneCode, "year", year), BigDecimal.class);
		return wan(total);
	}

	/**
	 * Columns {@code ht} and {@code tb}: high-tech (a certificate covers the year) and
	 * technology-based (registered for the year), 1 or 0; binds the year's parameters.
	 */
	private static String flags(int year, Map<String, Object> params) {
		params.put("year", year);
		params.put("firstIssueYear", HighTechCertificate.firstIssueYearCovering(year));
		params.put("yearEnd", LocalDate.of(year, 12, 31));
		return """
				CASE WHEN EXISTS (SELECT 1 FROM hte_certificate hc WHERE hc.enterprise_id = e.id
				     AND hc.issue_year BETWEEN :firstIssueYear AND :year) THEN 1 ELSE 0 END AS ht,
				CASE WHEN EXISTS (SELECT 1 FROM tech_sme_registration sr WHERE sr.enterprise_id = e.id
				     AND sr.registration_year = :year) THEN 1 ELSE 0 END AS tb""";
	}

	/** Thousand yuan (the reports' unit) to 万元. */
	private static BigDecimal wan(BigDecimal thousandYuan) {
		return (thousandYuan != null) ? thousandYuan.movePointLeft(1) : null;
	}

}
