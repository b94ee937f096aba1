package org.gaoxin.chain;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;

/**
 * Who may read and change a chain's pages: a chain leader only their own chain; zone
 * staff, viewers and administrators the chains of the zones they read; an enterprise user
 * none. Changing is for the zone's staff (administrator, headquarters, department) and
 * the chain's own leader.
 */
public final class ChainAccess {

	private ChainAccess() {
	}

	public static boolean canRead(Chain chain, DataScope scope) {
		if (scope.role() == Role.CHAIN_LEADER) {
			return chain.code().equals(scope.chainCode()) && scope.canReadZone(chain.zoneCode());
		}
		return scope.canReadZone(chain.zoneCode());
	}

	public static boolean canEdit(Chain chain, DataScope scope) {
		return switch (scope.role()) {
			case ADMIN, HEADQUARTERS, DEPARTMENT -> scope.canReadZone(chain.zoneCode());
			case CHAIN_LEADER -> canRead(chain, scope);
			default -> false;
		};
	}

}
