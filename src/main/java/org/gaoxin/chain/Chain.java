package org.gaoxin.chain;

import java.util.List;

/**
 * An industrial chain under the chain-leader system (链长制), with its own policy (一链一策) and
 * links.
 */
public record Chain(String code, String zoneCode, String nameZh, String nameEn, boolean feature, String leaderName,
		String policy, List<ChainLink> links) {

	public String name(boolean chinese) {
		return chinese ? this.nameZh : this.nameEn;
	}

}
