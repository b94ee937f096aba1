package org.gaoxin.industry;

import java.util.List;

import org.gaoxin.chain.ChainLink;

/**
 * A link with its figures, its strength, the links it supplies and how many enterprises
 * the leader means to attract to it.
 */
public record LinkOverview(ChainLink link, LinkFigures figures, LinkStrength strength, List<String> downstream,
		int attractionTargets) {
}
