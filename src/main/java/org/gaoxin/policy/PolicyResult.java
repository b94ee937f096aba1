package org.gaoxin.policy;

import java.math.BigDecimal;
import java.util.List;

/** A policy's results for a zone and year; a policy not in force in the year has none. */
public record PolicyResult(Policy policy, boolean inForce, List<ArticleResult> articles) {

	public PolicyResult {
		articles = List.copyOf(articles);
	}

	public BigDecimal total() {
		return this.articles.stream().map(ArticleResult::total).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public long matchCount() {
		return this.articles.stream().mapToLong((a) -> a.matches().size()).sum();
	}

}
