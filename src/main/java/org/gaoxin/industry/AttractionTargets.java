package org.gaoxin.industry;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gaoxin.account.DataScope;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.chain.Chain;
import org.gaoxin.chain.Chains;
import org.gaoxin.shared.EditConflict;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprises a chain's leader means to attract, per link: read by whoever reads the
 * chain, kept by whoever may change it; every change audited.
 */
@Service
public class AttractionTargets {

	private final JdbcClient jdbc;

	private final Chains chains;

	private final AuditLog audit;

	AttractionTargets(JdbcClient jdbc, Chains chains, AuditLog audit) {
		this.jdbc = jdbc;
		this.chains = chains;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<AttractionTarget> of(String chainCode, String linkCode, DataScope scope) {
		link(this.chains.readable(chainCode, scope), linkCode);
		return this.jdbc.sql("SELECT * FROM attraction_target WHERE link_code = :link ORDER BY id")
			.param("link", linkCode)
			.query((rs, row) -> new AttractionTarget(rs.getLong("id"), rs.getString("link_code"), rs.getString("name"),
					rs.getString("location"), rs.getString("note"), rs.getInt("version")))
			.list();
	}

	/** How many targets each link of the zone's chains has. */
	@Transactional(readOnly = true)
	public Map<String, Integer> countsByLink(String zoneCode) {
		Map<String, Integer> counts = new HashMap<>();
		this.jdbc.sql("""
				SELECT t.link_code, COUNT(*) FROM attraction_target t JOIN chain_link l ON l.code = t.link_code
				JOIN industrial_chain c ON c.code = l.chain_code WHERE c.zone_code = :zone GROUP BY t.link_code""")
			.param("zone", zoneCode)
			.query((rs, row) -> counts.put(rs.getString(1), rs.getInt(2)))
			.list();
		return counts;
	}

	@Transactional
	public long add(String chainCode, String linkCode, String name, String location, String note, DataScope scope) {
		link(this.chains.editable(chainCode, scope), linkCode);
		Map<String, Object> values = values(name, location, note);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					INSERT INTO attraction_target (link_code, name, location, note) VALUES (:link, :name, :location, :note)""")
			.param("link", linkCode)
			.param("name", values.get("name"))
			.param("location", values.get("location"))
			.param("note", values.get("note"))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		Map<String, Object> audited = new LinkedHashMap<>(values);
		audited.put("chainLink", linkCode);
		// the chains' overview counts them by link
		this.chains.changed(chainCode);
		this.audit.created("attractionTarget", id, audited);
		return id;
	}

	/**
	 * Changes a target; a save on a copy someone has saved since is a conflict and
	 * changes nothing.
	 */
	@Transactional
	public void update(String chainCode, String linkCode, long id, String name, String location, String note,
			int version, DataScope scope) {
		link(this.chains.editable(chainCode, scope), linkCode);
		AttractionTarget before = find(linkCode, id);
		Map<String, Object> values = values(name, location, note);
		int updated = this.jdbc.sql("""
				UPDATE attraction_target SET name = :name, location = :location, note = :note, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("name", values.get("name"))
			.param("location", values.get("location"))
			.param("note", values.get("note"))
			.param("id", id)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new EditConflict(Message.of("chain.conflict", before.version()), before.version());
		}
		this.audit.updated("attractionTarget", id, values(before.name(), before.location(), before.note()), values);
	}

	@Transactional
	public void remove(String chainCode, String linkCode, long id, DataScope scope) {
		link(this.chains.editable(chainCode, scope), linkCode);
		AttractionTarget before = find(linkCode, id);
		this.jdbc.sql("DELETE FROM attraction_target WHERE id = :id").param("id", id).update();
		Map<String, Object> audited = values(before.name(), before.location(), before.note());
		audited.put("chainLink", linkCode);
		this.chains.changed(chainCode);
		this.audit.deleted("attractionTarget", id, audited);
	}

	private AttractionTarget find(String linkCode, long id) {
		return this.jdbc.sql("SELECT * FROM attraction_target WHERE id = :id AND link_code = :link")
			.param("id", id)
			.param("link", linkCode)
			.query((rs, row) -> new AttractionTarget(rs.getLong("id"), rs.getString("link_code"), rs.getString("name"),
					rs.getString("location"), rs.getString("note"), rs.getInt("version")))
			.optional()
			.orElseThrow(() -> new NotFoundException("No attraction target " + id));
	}

	private static void link(Chain chain, String linkCode) {
		if (chain.link(linkCode).isEmpty()) {
			throw new NotFoundException("No link " + linkCode + " on chain " + chain.code());
		}
	}

	private static Map<String, Object> values(String name, String location, String note) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", Typed.required("targetName", name, 200));
		values.put("location", Typed.optional("location", location, 100));
		values.put("note", Typed.optional("note", note, 500));
		return values;
	}

}
