package org.gaoxin.standard;

import java.util.Arrays;
import java.util.Optional;

/** Filters an enterprise aggregate may use: which enterprises of the zone-year count. */
public enum EnterpriseFlag {

	/** The year's report classifies it above designated size (规上). */
	ABOVE_DESIGNATED_SIZE("above_designated_size", "规上企业"),
	/** Holds a high-tech enterprise certificate valid in the year. */
	HIGH_TECH("high_tech", "有效高新技术企业"),
	/** Registered as a technology-based SME for the year. */
	TECH_SME("tech_sme", "科技型中小企业"),
	/** Sits on one of the zone's industrial chains. */
	ON_CHAIN("on_chain", "主导产业链企业"),
	/** Flagged as a strategic emerging industry enterprise. */
	STRATEGIC_EMERGING("strategic_emerging", "战略性新兴产业企业");

	private final String key;

	private final String nameZh;

	EnterpriseFlag(String key, String nameZh) {
		this.key = key;
		this.nameZh = nameZh;
	}

	public String key() {
		return this.key;
	}

	public String nameZh() {
		return this.nameZh;
	}

	public static Optional<EnterpriseFlag> parse(String key) {
		return Arrays.stream(values()).filter((flag) -> flag.key.equals(key)).findFirst();
	}

}
