package org.gaoxin.policy;

import java.math.BigDecimal;
import java.util.List;

/** An article's matches and near misses for a zone and year, and the total awarded. */
public record ArticleResult(Policy policy, Article article, List<Match> matches, List<NearMiss> nearMisses) {

	public ArticleResult {
		matches = List.copyOf(matches);
		nearMisses = List.copyOf(nearMisses);
	}

	public BigDecimal total() {
		return this.matches.stream().map(Match::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The matches with something to pay. */
	public List<Match> payable() {
		return this.matches.stream().filter((m) -> m.amount().signum() > 0).toList();
	}

}
