package org.gaoxin.enterprise;

import java.util.Map;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;

/**
 * Turns a data scope into SQL conditions on the enterprise table (alias {@code e}), with
 * bound parameters only: what every module joining the registry narrows its queries with.
 * An enterprise user without an enterprise sees nothing.
 */
public final class EnterpriseScopeSql {

	private EnterpriseScopeSql() {
	}

	public static String conditions(DataScope scope, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder();
		if (scope.role() == Role.ENTERPRISE) {
			sql.append(" AND e.id = :scopeEnterprise");
			params.put("scopeEnterprise", (scope.enterpriseId() != null) ? scope.enterpriseId() : -1L);
		}
		if (scope.role() == Role.CHAIN_LEADER) {
			sql.append(" AND e.chain_code = :scopeChain");
			params.put("scopeChain", (scope.chainCode() != null) ? scope.chainCode() : "");
		}
		if (scope.zoneCode() != null) {
			sql.append(" AND e.zone_code = :scopeZone");
			params.put("scopeZone", scope.zoneCode());
		}
		return sql.toString();
	}

	/** Escapes LIKE wildcards so that a user's text is matched literally. */
	public static String containsPattern(String text) {
		String escaped = text.toLowerCase(java.util.Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
