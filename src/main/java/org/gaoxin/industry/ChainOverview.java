package org.gaoxin.industry;

import java.util.List;

import org.gaoxin.chain.Chain;
import org.gaoxin.chain.ChainEdge;
import org.gaoxin.chain.ChainLeader;

/**
 * A chain for a year: its leader, its figures (each enterprise once, however many of its
 * links it serves), its links with their strengths, and the graph's arrows.
 */
public record ChainOverview(Chain chain, ChainLeader leader, int year, LinkFigures figures, List<LinkOverview> links,
		List<ChainEdge> edges) {

	/** The links flagged for 补链, 强链 or 延链: the chain's gaps. */
	public List<LinkOverview> gaps() {
		return this.links.stream().filter((link) -> link.strength().strength() != Strength.SOUND).toList();
	}

}
