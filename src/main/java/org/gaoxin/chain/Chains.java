package org.gaoxin.chain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gaoxin.account.DataScope;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.region.ZoneDataVersions;
import org.gaoxin.shared.EditConflict;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class Chains {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ZoneDataVersions versions;

	Chains(JdbcClient jdbc, AuditLog audit, ZoneDataVersions versions) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.versions = versions;
	}

	/**
	 * The chain's zone has changed data: its chains, links, arrows, members or
	 * enterprises to attract are read by the chains' overview (see ZoneDataVersions).
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public void changed(String chainCode) {
		this.versions.changed(this.jdbc.sql("SELECT zone_code FROM industrial_chain WHERE code = :code")
			.param("code", chainCode)
			.query(String.class)
			.list());
	}

	@Transactional
	public void define(Chain chain) {
		this.jdbc.sql("""
				INSERT INTO industrial_chain (code, zone_code, name_zh, name_en, feature, leader_name, policy)
				VALUES (:code, :zone, :zh, :en, :feature, :leader, :policy)""")
			.param("code", chain.code())
			.param("zone", chain.zoneCode())
			.param("zh", chain.nameZh())
			.param("en", chain.nameEn())
			.param("feature", chain.feature())
			.param("leader", chain.leaderName())
			.param("policy", chain.policy())
			.update();
		for (ChainLink link : chain.links()) {
			this.jdbc.sql("""
					INSERT INTO chain_link (code, chain_code, name_zh, name_en, position)
					VALUES (:code, :chain, :zh, :en, :position)""")
				.param("code", link.code())
				.param("chain", chain.code())
				.param("zh", link.nameZh())
				.param("en", link.nameEn())
				.param("position", link.position())
				.update();
		}
		this.versions.changed(chain.zoneCode());
		this.audit.created("chain", chain.code(),
				Map.of("zone", chain.zoneCode(), "nameZh", chain.nameZh(), "links", chain.links().size()));
	}

	@Transactional(readOnly = true)
	public List<Chain> inZone(String zoneCode) {
		List<ChainLink> none = List.of();
		return this.jdbc.sql("SELECT * FROM industrial_chain WHERE zone_code = :zone ORDER BY feature DESC, code")
			.param("zone", zoneCode)
			.query((rs, row) -> new Chain(rs.getString("code"), rs.getString("zone_code"), rs.getString("name_zh"),
					rs.getString("name_en"), rs.getBoolean("feature"), rs.getString("leader_name"),
					rs.getString("policy"), none))
			.list()
			.stream()
			.map((chain) -> new Chain(chain.code(), chain.zoneCode(), chain.nameZh(), chain.nameEn(), chain.feature(),
					chain.leaderName(), chain.policy(), linksOf(chain.code())))
			.toList();
	}

	/** A chain with its links, by code. */
	@Transactional(readOnly = true)
	public java.util.Optional<Chain> find(String code) {
		return this.jdbc.sql("SELECT * FROM industrial_chain WHERE code = :code")
			.param("code", code)
			.query((rs, row) -> new Chain(rs.getString("code"), rs.getString("zone_code"), rs.getString("name_zh"),
					rs.getString("name_en"), rs.getBoolean("feature"), rs.getString("leader_name"),
					rs.getString("policy"), linksOf(code)))
			.optional();
	}

	/**
	 * Every chain of every zone with its links, in two queries: what lists name chains
	 * and links by.
	 */
	@Transactional(readOnly = true)
	public List<Chain> all() {
		Map<String, List<ChainLink>> links = new java.util.HashMap<>();
		this.jdbc
			.sql("SELECT code, chain_code, name_zh, name_en, position FROM chain_link ORDER BY chain_code, position")
			.query((rs, row) -> links
				.computeIfAbsent(rs.getString("chain_code"), (chain) -> new java.util.ArrayList<>())
				.add(new ChainLink(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
						rs.getInt("position"))))
			.list();
		return this.jdbc.sql("SELECT * FROM industrial_chain ORDER BY zone_code, feature DESC, code")
			.query((rs, row) -> new Chain(rs.getString("code"), rs.getString("zone_code"), rs.getString("name_zh"),
					rs.getString("name_en"), rs.getBoolean("feature"), rs.getString("leader_name"),
					rs.getString("policy"), List.copyOf(links.getOrDefault(rs.getString("code"), List.of()))))
			.list();
	}

	private List<ChainLink> linksOf(String chainCode) {
		return this.jdbc
			.sql("SELECT code, name_zh, name_en, position FROM chain_link WHERE chain_code = :chain ORDER BY position")
			.param("chain", chainCode)
			.query(ChainLink.class)
			.list();
	}

	/**
	 * The chain, if the caller may read it; another chain (a chain leader asking for one
	 * not theirs, a zone outside the scope) is not found, as if it did not exist.
	 */
	@Transactional(readOnly = true)
	public Chain readable(String code, DataScope scope) {
		if (scope.isEnterpriseUser()) {
			throw new AccessDeniedException("Chains are zone data");
		}
		return find(code).filter((chain) -> ChainAccess.canRead(chain, scope))
			.orElseThrow(() -> new NotFoundException("No chain " + code, Message.of("chain.notFound", code)));
	}

	/** The chain, if the caller may change it; one they only read is forbidden. */
	@Transactional(readOnly = true)
	public Chain editable(String code, DataScope scope) {
		Chain chain = readable(code, scope);
		if (!ChainAccess.canEdit(chain, scope)) {
			throw new AccessDeniedException("Chain " + code + " is read-only for you");
		}
		return chain;
	}

	/** The zone's chains the caller may read, the feature chain first. */
	@Transactional(readOnly = true)
	public List<Chain> inZone(String zoneCode, DataScope scope) {
		return inZone(zoneCode).stream().filter((chain) -> ChainAccess.canRead(chain, scope)).toList();
	}

	@Transactional(readOnly = true)
	public ChainLeader leader(String code) {
		return this.jdbc.sql(
				"SELECT leader_name, leader_post, leader_username, lead_department FROM industrial_chain WHERE code = :code")
			.param("code", code)
			.query((rs, row) -> new ChainLeader(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional()
			.orElseThrow(() -> new NotFoundException("No chain " + code));
	}

	/**
	 * Counts the saves of a chain's own fields (leader, department): what a form read.
	 */
	@Transactional(readOnly = true)
	public int version(String code) {
		return this.jdbc.sql("SELECT version FROM industrial_chain WHERE code = :code")
			.param("code", code)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("No chain " + code));
	}

	/**
	 * Sets who leads the chain; {@code version} is the one the form read, a save on a
	 * stale copy is a conflict and changes nothing. Audited old → new.
	 */
	@Transactional
	public void setLeader(String code, ChainLeader leader, int version, DataScope scope) {
		editable(code, scope);
		ChainLeader before = leader(code);
		int updated = this.jdbc.sql("""
				UPDATE industrial_chain SET leader_name = :person, leader_post = :post, leader_username = :username,
				       lead_department = :department, version = version + 1
				WHERE code = :code AND version = :version""")
			.param("person", text("person", leader.person(), 100))
			.param("post", text("post", leader.post(), 100))
			.param("username", text("username", leader.username(), 64))
			.param("department", blankToNull(leader.departmentCode()))
			.param("code", code)
			.param("version", version)
			.update();
		if (updated == 0) {
			int current = version(code);
			throw new EditConflict(Message.of("chain.conflict", current), current);
		}
		changed(code);
		this.audit.updated("chain", code, leaderValues(before), leaderValues(leader));
	}

	/** The arrows of the chain's graph, upstream → downstream. */
	@Transactional(readOnly = true)
	public List<ChainEdge> edges(String code) {
		return this.jdbc.sql("""
				SELECT e.upstream_code, e.downstream_code FROM chain_edge e
				JOIN chain_link l ON l.code = e.upstream_code
				WHERE l.chain_code = :chain ORDER BY e.upstream_code, e.downstream_code""")
			.param("chain", code)
			.query((rs, row) -> new ChainEdge(rs.getString(1), rs.getString(2)))
			.list();
	}

	/**
	 * Draws an arrow between two links of the same chain. Audited; a scope check for
	 * callers on behalf of a user is {@link #connect(String, ChainEdge, DataScope)}.
	 */
	@Transactional
	public void connect(String chainCode, ChainEdge edge) {
		Chain chain = find(chainCode).orElseThrow(() -> new NotFoundException("No chain " + chainCode));
		if (chain.link(edge.upstream()).isEmpty()) {
			throw refused("upstream", "invalid");
		}
		if (chain.link(edge.downstream()).isEmpty() || edge.upstream().equals(edge.downstream())) {
			throw refused("downstream", "invalid");
		}
		List<ChainEdge> edges = edges(chainCode);
		if (edges.contains(edge)) {
			return;
		}
		if (reaches(edges, edge.downstream(), edge.upstream())) {
			throw refused("downstream", "chainCycle");
		}
		this.jdbc.sql("INSERT INTO chain_edge (upstream_code, downstream_code) VALUES (:up, :down)")
			.param("up", edge.upstream())
			.param("down", edge.downstream())
			.update();
		changed(chainCode);
		this.audit.created("chainEdge", edge.upstream() + "→" + edge.downstream(),
				Map.of("chain", chainCode, "upstream", edge.upstream(), "downstream", edge.downstream()));
	}

	@Transactional
	public void connect(String chainCode, ChainEdge edge, DataScope scope) {
		editable(chainCode, scope);
		connect(chainCode, edge);
	}

	@Transactional
	public void disconnect(String chainCode, ChainEdge edge, DataScope scope) {
		editable(chainCode, scope);
		if (!edges(chainCode).contains(edge)) {
			throw new NotFoundException("No such arrow");
		}
		this.jdbc.sql("DELETE FROM chain_edge WHERE upstream_code = :up AND downstream_code = :down")
			.param("up", edge.upstream())
			.param("down", edge.downstream())
			.update();
		changed(chainCode);
		this.audit.deleted("chainEdge", edge.upstream() + "→" + edge.downstream(),
				Map.of("chain", chainCode, "upstream", edge.upstream(), "downstream", edge.downstream()));
	}

	/**
	 * Whether the arrows lead from one link to another (so a new arrow back would close a
	 * loop).
	 */
	private static boolean reaches(List<ChainEdge> edges, String from, String to) {
		java.util.Deque<String> open = new java.util.ArrayDeque<>(List.of(from));
		java.util.Set<String> seen = new java.util.HashSet<>();
		while (!open.isEmpty()) {
			String link = open.pop();
			if (link.equals(to)) {
				return true;
			}
			if (seen.add(link)) {
				edges.stream().filter((e) -> e.upstream().equals(link)).forEach((e) -> open.push(e.downstream()));
			}
		}
		return false;
	}

	/** The policy's structured measures, by start date. */
	@Transactional(readOnly = true)
	public List<ChainMeasure> measures(String code) {
		return this.jdbc.sql("""
				SELECT id, chain_code, title, budget, starts_on, ends_on FROM chain_measure
				WHERE chain_code = :chain ORDER BY starts_on, id""")
			.param("chain", code)
			.query((rs, row) -> new ChainMeasure(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
					rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
			.list();
	}

	/** Adds a measure to the chain's policy; audited. */
	@Transactional
	public long addMeasure(String chainCode, String title, BigDecimal budget, LocalDate startsOn, LocalDate endsOn,
			DataScope scope) {
		editable(chainCode, scope);
		String checkedTitle = text("title", title, 200);
		if (checkedTitle == null) {
			throw refused("title", "required");
		}
		if (budget == null) {
			throw refused("budget", "required");
		}
		if (budget.signum() < 0) {
			throw refused("budget", "negative");
		}
		if (!org.gaoxin.shared.Decimals.fits(budget, 16, 2)) {
			throw refused("budget", "digits", 16, 2);
		}
		if (startsOn == null) {
			throw refused("startsOn", "required");
		}
		if (endsOn == null) {
			throw refused("endsOn", "required");
		}
		if (endsOn.isBefore(startsOn)) {
			throw refused("endsOn", "min", startsOn);
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO chain_measure (chain_code, title, budget, starts_on, ends_on)
				VALUES (:chain, :title, :budget, :starts, :ends)""")
			.param("chain", chainCode)
			.param("title", checkedTitle)
			.param("budget", budget)
			.param("starts", startsOn)
			.param("ends", endsOn)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		this.audit.created("chainMeasure", id, Map.of("chain", chainCode, "title", checkedTitle, "budget", budget,
				"startsOn", startsOn, "endsOn", endsOn));
		return id;
	}

	/** Removes a measure of the chain's policy; audited with what it was. */
	@Transactional
	public void removeMeasure(String chainCode, long id, DataScope scope) {
		editable(chainCode, scope);
		ChainMeasure measure = measures(chainCode).stream()
			.filter((m) -> m.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No measure " + id));
		this.jdbc.sql("DELETE FROM chain_measure WHERE id = :id").param("id", id).update();
		this.audit.deleted("chainMeasure", id, Map.of("chain", chainCode, "title", measure.title(), "budget",
				measure.budget(), "startsOn", measure.startsOn(), "endsOn", measure.endsOn()));
	}

	private static Map<String, Object> leaderValues(ChainLeader leader) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("leaderName", leader.person());
		values.put("leaderPost", leader.post());
		values.put("leaderUser", leader.username());
		values.put("leadDepartment", leader.departmentCode());
		return values;
	}

	private static String text(String field, String value, int max) {
		String stripped = blankToNull(value);
		if (stripped != null && stripped.length() > max) {
			throw refused(field, "tooLong", max);
		}
		return stripped;
	}

	/** A refusal naming the field as the chain pages show it ({@code chain.field.*}). */
	private static InputRefused refused(String field, String rule, Object... args) {
		Object[] all = new Object[args.length + 1];
		all[0] = Message.of("chain.field." + field);
		System.arraycopy(args, 0, all, 1, args.length);
		return new InputRefused(Message.of("validation." + rule, all), field, rule);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
