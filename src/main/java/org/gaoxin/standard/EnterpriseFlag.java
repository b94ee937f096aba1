package org.gaoxin.standard;

import java.util.Arrays;
import java.util.Optional;

/**
 * Filters an enterprise aggregate may use: which enterprises of the zone-year count.
 * Their names are bundle labels ({@code enum.EnterpriseFlag.*}).
 */
public enum EnterpriseFlag {

	/** The year's report classifies it above designated size (规上). */
	ABOVE_DESIGNATED_SIZE("above_designated_size"),
	/** Holds a high-tech enterprise certificate valid in the year. */
	HIGH_TECH("high_tech"),
	/** Registered as a technology-based SME for the year. */
	TECH_SME("tech_sme"),
	/** Sits on one of the zone's industrial chains. */
	ON_CHAIN("on_chain"),
	/** Flagged as a strategic emerging industry enterprise. */
	STRATEGIC_EMERGING("strategic_emerging");

	private final String key;

	EnterpriseFlag(String key) {
		this.key = key;
	}

	public String key() {
		return this.key;
	}

	public static Optional<EnterpriseFlag> parse(String key) {
		return Arrays.stream(values()).filter((flag) -> flag.key.equals(key)).findFirst();
	}

}
