package org.gaoxin.qualification.rules;

/**
 * Which table a technology-based SME's R&D score came from: it gets the better one.
 * Labels: {@code enum.RdBasis.*}.
 */
public enum RdBasis {

	/** R&D ÷ sales revenue. */
	SALES_REVENUE,
	/** R&D ÷ total costs and expenses. */
	TOTAL_COSTS

}
