package org.gaoxin.chain;

import java.util.List;
import java.util.Map;

import org.gaoxin.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class Chains {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	Chains(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
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

}
