package org.gaoxin.industry;

import java.util.Map;

import org.gaoxin.account.DataScope;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.chain.Chain;
import org.gaoxin.chain.Chains;
import org.gaoxin.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The further links an enterprise serves besides the one on its registry row (an
 * enterprise may serve several): added and removed by whoever may change the chain, for
 * enterprises of the chain's zone they may see; audited.
 */
@Service
public class LinkMembers {

	private final JdbcClient jdbc;

	private final Chains chains;

	private final AuditLog audit;

	LinkMembers(JdbcClient jdbc, Chains chains, AuditLog audit) {
		this.jdbc = jdbc;
		this.chains = chains;
		this.audit = audit;
	}

	/**
	 * Adds the enterprise (by credit code) to the link; false when it is on it already.
	 */
	@Transactional
	public boolean add(String chainCode, String linkCode, String creditCode, DataScope scope) {
		Chain chain = this.chains.editable(chainCode, scope);
		if (chain.link(linkCode).isEmpty()) {
			throw new NotFoundException("No link " + linkCode);
		}
		String code = Typed.required("creditCode", creditCode, 18).toUpperCase(java.util.Locale.ROOT);
		Map<String, Object> found = this.jdbc
			.sql("SELECT id, zone_code, chain_code, chain_link_code FROM enterprise WHERE credit_code = :code")
			.param("code", code)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> Typed.refused("creditCode", "invalid"));
		long id = ((Number) found.get("id")).longValue();
		String zone = (String) found.get("zone_code");
		String enterpriseChain = (String) found.get("chain_code");
		if (!chain.zoneCode().equals(zone) || !scope.canReadEnterprise(id, zone, enterpriseChain)) {
			throw Typed.refused("creditCode", "invalid");
		}
		Integer already = this.jdbc
			.sql("SELECT COUNT(*) FROM enterprise_chain_link WHERE enterprise_id = :id AND link_code = :link")
			.param("id", id)
			.param("link", linkCode)
			.query(Integer.class)
			.single();
		if (already > 0 || linkCode.equals(found.get("chain_link_code"))) {
			return false;
		}
		this.jdbc.sql("INSERT INTO enterprise_chain_link (enterprise_id, link_code) VALUES (:id, :link)")
			.param("id", id)
			.param("link", linkCode)
			.update();
		this.chains.changed(chainCode);
		this.audit.created("linkMember", id + "/" + linkCode, Map.of("enterprise", id, "chainLink", linkCode));
		return true;
	}

	/** Takes a further link off the enterprise (never its registry link). */
	@Transactional
	public void remove(String chainCode, String linkCode, long enterpriseId, DataScope scope) {
		this.chains.editable(chainCode, scope);
		int removed = this.jdbc.sql("DELETE FROM enterprise_chain_link WHERE enterprise_id = :id AND link_code = :link")
			.param("id", enterpriseId)
			.param("link", linkCode)
			.update();
		if (removed == 0) {
			throw new NotFoundException("Enterprise " + enterpriseId + " does not also serve " + linkCode);
		}
		this.chains.changed(chainCode);
		this.audit.deleted("linkMember", enterpriseId + "/" + linkCode,
				Map.of("enterprise", enterpriseId, "chainLink", linkCode));
	}

}
