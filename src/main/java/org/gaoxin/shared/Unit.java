package org.gaoxin.shared;

import java.math.BigDecimal;

/**
 * Units that figures carry. Enterprise amounts are reported in thousand yuan (the Torch
 * survey's unit); zone figures and indicators are usually stated in 亿元 (100 million
 * yuan).
 */
public enum Unit {

	THOUSAND_YUAN("千元", "thousand yuan"), WAN_YUAN("万元", "10k yuan"), YI_YUAN("亿元", "100m yuan"),
	WAN_USD("万美元", "10k USD"), KM2("平方公里", "km²"), PERSONS("人", "persons"), ENTERPRISES("家", "enterprises"),
	INSTITUTIONS("家", "institutions"), PROJECTS("项", "projects"), ITEMS("件", "items"), PERCENT("%", "%"),
	TCE("吨标煤", "t standard coal"), TCE_PER_WAN_YUAN("吨标煤/万元", "tce per 10k yuan"), YES_NO("是/否", "yes/no"),
	SCORE("分", "points");

	/** Thousand yuan in one 亿元. */
	public static final BigDecimal THOUSAND_YUAN_PER_YI = new BigDecimal("100000");

	private final String symbolZh;

	private final String symbolEn;

	Unit(String symbolZh, String symbolEn) {
		this.symbolZh = symbolZh;
		this.symbolEn = symbolEn;
	}

	public String symbolZh() {
		return this.symbolZh;
	}

	public String symbolEn() {
		return this.symbolEn;
	}

	public String symbol(boolean chinese) {
		return chinese ? this.symbolZh : this.symbolEn;
	}

}
