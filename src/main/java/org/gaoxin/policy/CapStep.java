package org.gaoxin.policy;

import java.math.BigDecimal;

/**
 * A cap that cut an award: which, its limit, and the amount before and after (万元). The
 * article's yearly cap cuts every award by the same share (按比例核减).
 */
public record CapStep(Kind kind, BigDecimal limit, BigDecimal before, BigDecimal after) {

	/** The caps, in the order they apply. */
	public enum Kind {

		PER_SUBJECT, PER_SUBJECT_YEAR, ARTICLE_YEAR

	}

}
