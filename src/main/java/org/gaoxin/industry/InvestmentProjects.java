package org.gaoxin.industry;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.gaoxin.account.DataScope;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.chain.Chain;
import org.gaoxin.chain.ChainAccess;
import org.gaoxin.chain.Chains;
import org.gaoxin.region.Regions;
import org.gaoxin.region.ZoneDataVersions;
import org.gaoxin.shared.Decimals;
import org.gaoxin.shared.EditConflict;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.YearRange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Investment attraction projects: registered on a chain, moved from lead to production,
 * their utilised capital recorded year by year. Read by whoever reads the chain, changed
 * by whoever may change it (a chain leader their own chain's); every change audited, a
 * save on a stale copy a conflict.
 */
@Service
public class InvestmentProjects {

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	private static final int AMOUNT_DIGITS = 16;

	private final JdbcClient jdbc;

	private final Chains chains;

	private final Regions regions;

	private final AuditLog audit;

	private final Clock clock;

	private final YearRange years;

	private final ZoneDataVersions versions;

	InvestmentProjects(JdbcClient jdbc, Chains chains, Regions regions, AuditLog audit, Clock clock, YearRange years,
			ZoneDataVersions versions) {
		this.versions = versions;
		this.jdbc = jdbc;
		this.chains = chains;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
		this.years = years;
	}

	/** The zone's projects on chains the caller reads, newest first. */
	@Transactional(readOnly = true)
	public List<InvestmentProject> inZone(String zoneCode, DataScope scope) {
		this.regions.readable(zoneCode, scope);
		Set<String> readable = new java.util.HashSet<>();
		this.chains.inZone(zoneCode, scope).forEach((chain) -> readable.add(chain.code()));
		return load("WHERE zone_code = :zone ORDER BY opened_on DESC, id DESC", Map.of("zone", zoneCode)).stream()
			.filter((project) -> readable.contains(project.chainCode()))
			.toList();
	}

	/** The chain's projects, newest first. */
	@Transactional(readOnly = true)
	public List<InvestmentProject> onChain(String chainCode, DataScope scope) {
		this.chains.readable(chainCode, scope);
		return load("WHERE chain_code = :chain ORDER BY opened_on DESC, id DESC", Map.of("chain", chainCode));
	}

	/** A project; one on a chain the caller does not read is not found. */
	@Transactional(readOnly = true)
	public InvestmentProject get(long id, DataScope scope) {
		if (scope.isEnterpriseUser()) {
			throw new org.springframework.security.access.AccessDeniedException("Projects are zone data");
		}
		InvestmentProject project = load("WHERE id = :id", Map.of("id", id)).stream()
			.findFirst()
			.orElseThrow(() -> notFound(id));
		Chain chain = this.chains.find(project.chainCode()).orElseThrow(() -> notFound(id));
		if (!ChainAccess.canRead(chain, scope)) {
			throw notFound(id);
		}
		return project;
	}

	/** Whether the caller may change the project (its chain's editors). */
	public boolean canEdit(InvestmentProject project, DataScope scope) {
		return this.chains.find(project.chainCode()).map((chain) -> ChainAccess.canEdit(chain, scope)).orElse(false);
	}

	/** Registers a project at the lead stage; audited. */
	@Transactional
	public InvestmentProject create(ProjectDraft draft, DataScope scope) {
		if (draft.chainCode() == null || draft.chainCode().isBlank()) {
			throw Typed.refused("chain", "required");
		}
		Chain chain = this.chains.editable(draft.chainCode(), scope);
		String link = Typed.optional("link", draft.linkCode(), 32);
		if (link != null && chain.link(link).isEmpty()) {
			throw Typed.refused("link", "invalid");
		}
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", Typed.required("projectName", draft.name(), 200));
		values.put("chain", chain.code());
		values.put("chainLink", link);
		values.put("investor", Typed.required("investor", draft.investor(), 200));
		values.put("foreignInvestor", draft.foreignInvestor());
		String country = Typed.optional("country", draft.investorCountry(), 64);
		if (draft.foreignInvestor() && country == null) {
			throw Typed.refused("country", "required");
		}
		values.put("country", country);
		values.put("currency", currency(draft.currency()));
		values.put("plannedAmount", amount("plannedAmount", draft.plannedAmount()));
		values.put("plannedUsdRate", rate("plannedUsdRate", draft.plannedUsdRate()));
		values.put("responsible", Typed.required("responsible", draft.responsible(), 100));
		LocalDate today = LocalDate.now(this.clock);
		LocalDate opened = (draft.openedOn() != null) ? draft.openedOn() : today;
		if (opened.isAfter(today)) {
			throw Typed.refused("openedOn", "max", today);
		}
		values.put("openedOn", opened);
		values.put("stage", ProjectStage.LEAD);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					INSERT INTO investment_project (zone_code, name, chain_code, link_code, investor, foreign_investor,
					    investor_country, stage, currency, planned_amount, planned_usd_rate, responsible, opened_on, stage_since)
					VALUES (:zone, :name, :chain, :link, :investor, :foreign, :country, :stage, :currency, :planned, :rate,
					    :responsible, :opened, :opened)""")
			.param("zone", chain.zoneCode())
			.param("name", values.get("name"))
			.param("chain", chain.code())
			.param("link", link)
			.param("investor", values.get("investor"))
			.param("foreign", draft.foreignInvestor())
			.param("country", country)
			.param("stage", ProjectStage.LEAD.name())
			.param("currency", values.get("currency"))
			.param("planned", values.get("plannedAmount"))
			.param("rate", values.get("plannedUsdRate"))
			.param("responsible", values.get("responsible"))
			.param("opened", opened)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		// the projects' foreign capital is a zone figure (fdi_projects)
		this.versions.changed(chain.zoneCode());
		this.audit.created("investmentProject", id, values);
		return get(id, scope);
	}

	/**
	 * Moves the project to another stage (forward, or back when a deal falls through);
	 * audited old → new. {@code version} is the one the form read.
	 */
	@Transactional
	public InvestmentProject moveStage(long id, ProjectStage stage, int version, DataScope scope) {
		InvestmentProject before = editable(id, scope);
		if (stage == null) {
			throw Typed.refused("stage", "required");
		}
		if (stage == before.stage()) {
			return before;
		}
		LocalDate today = LocalDate.now(this.clock);
		bump(before, version, "stage = :stage, stage_since = :since", Map.of("stage", stage.name(), "since", today));
		this.audit.updated("investmentProject", id, Map.of("stage", before.stage(), "stageSince", before.stageSince()),
				Map.of("stage", stage, "stageSince", today));
		return get(id, scope);
	}

	/**
	 * Records what the project actually brought in a year (replacing that year's record),
	 * with the rate used; only a signed project brings capital. Audited.
	 */
	@Transactional
	public InvestmentProject recordUtilisation(long id, int year, BigDecimal amount, BigDecimal usdRate, int version,
			DataScope scope) {
		InvestmentProject before = editable(id, scope);
		if (before.stage().ordinal() < ProjectStage.SIGNED.ordinal()) {
			throw new org.gaoxin.shared.MessageException(Message.of("chain.project.notSigned", before.stage()));
		}
		this.years.check("year", year);
		BigDecimal checkedAmount = amount("utilisedAmount", amount);
		BigDecimal checkedRate = rate("usdRate", usdRate);
		Utilisation old = before.utilisations().stream().filter((u) -> u.year() == year).findFirst().orElse(null);
		bump(before, version, "", Map.of());
		this.jdbc.sql("DELETE FROM investment_utilisation WHERE project_id = :id AND utilisation_year = :year")
			.param("id", id)
			.param("year", year)
			.update();
		this.jdbc.sql("""
				INSERT INTO investment_utilisation (project_id, utilisation_year, amount, usd_rate)
				VALUES (:id, :year, :amount, :rate)""")
			.param("id", id)
			.param("year", year)
			.param("amount", checkedAmount)
			.param("rate", checkedRate)
			.update();
		// one line per year: the year, the amount in the project's currency and the rate
		Map<String, Object> oldValues = new LinkedHashMap<>();
		oldValues.put("utilisation", (old != null) ? utilisationText(old, before.currency()) : null);
		Map<String, Object> newValues = new LinkedHashMap<>();
		newValues.put("utilisation",
				utilisationText(new Utilisation(year, checkedAmount, checkedRate), before.currency()));
		this.audit.updated("investmentProject", id, oldValues, newValues);
		return get(id, scope);
	}

	private static String utilisationText(Utilisation utilisation, String currency) {
		return utilisation.year() + ": " + utilisation.amount().toPlainString() + " " + currency + " × "
				+ utilisation.usdRate().toPlainString() + " = " + utilisation.wanUsd().toPlainString() + " USD";
	}

	private InvestmentProject editable(long id, DataScope scope) {
		InvestmentProject project = get(id, scope);
		this.chains.editable(project.chainCode(), scope);
		return project;
	}

	/** Applies a change to the version read, or refuses it as a conflict. */
	private void bump(InvestmentProject before, int version, String set, Map<String, Object> params) {
		var statement = this.jdbc
			.sql("UPDATE investment_project SET " + (set.isEmpty() ? "" : set + ", ")
					+ "version = version + 1 WHERE id = :id AND version = :version")
			.param("id", before.id())
			.param("version", version);
		for (Map.Entry<String, Object> param : params.entrySet()) {
			statement = statement.param(param.getKey(), param.getValue());
		}
		if (statement.update() == 0) {
			throw new EditConflict(Message.of("chain.conflict", before.version()), before.version());
		}
		this.versions.changed(before.zoneCode());
	}

	private List<InvestmentProject> load(String where, Map<String, Object> params) {
		var statement = this.jdbc.sql("SELECT * FROM investment_project " + where);
		for (Map.Entry<String, Object> param : params.entrySet()) {
			statement = statement.param(param.getKey(), param.getValue());
		}
		List<InvestmentProject> projects = statement.query(InvestmentProjects::project).list();
		if (projects.isEmpty()) {
			return projects;
		}
		Map<Long, List<Utilisation>> utilisations = new HashMap<>();
		this.jdbc.sql("""
				SELECT project_id, utilisation_year, amount, usd_rate FROM investment_utilisation
				WHERE project_id IN (:ids) ORDER BY utilisation_year""")
			.param("ids", projects.stream().map(InvestmentProject::id).toList())
			.query((rs, row) -> utilisations.computeIfAbsent(rs.getLong(1), (key) -> new ArrayList<>())
				.add(new Utilisation(rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4))))
			.list();
		return projects.stream()
			.map((p) -> new InvestmentProject(p.id(), p.zoneCode(), p.name(), p.chainCode(), p.linkCode(), p.investor(),
					p.foreignInvestor(), p.investorCountry(), p.stage(), p.currency(), p.plannedAmount(),
					p.plannedUsdRate(), p.responsible(), p.openedOn(), p.stageSince(), p.version(),
					List.copyOf(utilisations.getOrDefault(p.id(), List.of()))))
			.toList();
	}

	private static InvestmentProject project(ResultSet rs, int row) throws SQLException {
		return new InvestmentProject(rs.getLong("id"), rs.getString("zone_code"), rs.getString("name"),
				rs.getString("chain_code"), rs.getString("link_code"), rs.getString("investor"),
				rs.getBoolean("foreign_investor"), rs.getString("investor_country"),
				ProjectStage.valueOf(rs.getString("stage")), rs.getString("currency").strip(),
				rs.getBigDecimal("planned_amount"), rs.getBigDecimal("planned_usd_rate"), rs.getString("responsible"),
				rs.getObject("opened_on", LocalDate.class), rs.getObject("stage_since", LocalDate.class),
				rs.getInt("version"), List.of());
	}

	private static String currency(String code) {
		String text = Typed.required("currency", code, 3).toUpperCase(java.util.Locale.ROOT);
		if (!CURRENCY.matcher(text).matches()) {
			throw Typed.refused("currency", "invalid");
		}
		return text;
	}

	private static BigDecimal amount(String field, BigDecimal amount) {
		if (amount == null) {
			throw Typed.refused(field, "required");
		}
		if (amount.signum() < 0) {
			throw Typed.refused(field, "negative");
		}
		if (!Decimals.fits(amount, AMOUNT_DIGITS, 2)) {
			throw Typed.refused(field, "digits", AMOUNT_DIGITS, 2);
		}
		return amount;
	}

	private static BigDecimal rate(String field, BigDecimal rate) {
		if (rate == null) {
			throw Typed.refused(field, "required");
		}
		if (rate.signum() <= 0) {
			throw Typed.refused(field, "min", "0.000001");
		}
		if (!Decimals.fits(rate, 12, 6)) {
			throw Typed.refused(field, "digits", 12, 6);
		}
		return rate;
	}

	private static NotFoundException notFound(long id) {
		return new NotFoundException("No investment project " + id, Message.of("chain.project.notFound", id));
	}

}
