package org.gaoxin.shared;

import java.math.BigDecimal;

/**
 * Units that figures carry. Enterprise amounts are reported in thousand yuan (the Torch
 * survey's unit); zone figures and indicators are usually stated in 亿元 (100 million
 * yuan).
 */
public enum Unit {

	THOUSAND_YUAN, WAN_YUAN, YI_YUAN, WAN_USD, KM2, PERSONS, ENTERPRISES, INSTITUTIONS, PROJECTS, ITEMS, PERCENT, TCE,
	TCE_PER_WAN_YUAN, YES_NO, SCORE,
	/** Indicators counted (项), as in "core indicators met". */
	INDICATORS;

	/** Thousand yuan in one 亿元. */
	public static final BigDecimal THOUSAND_YUAN_PER_YI = new BigDecimal("100000");

}
