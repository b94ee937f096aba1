package org.gaoxin.enterprise;

import java.util.Arrays;

/**
 * The columns an enterprise list may be sorted by. Only these reach the SQL, never the
 * caller's text.
 */
public enum EnterpriseSort {

	NAME("e.name"), CREDIT_CODE("e.credit_code"), ZONE("e.zone_code"), INDUSTRY("e.industry"),
	REGISTRATION_DATE("e.registration_date");

	private final String column;

	EnterpriseSort(String column) {
		this.column = column;
	}

	String column() {
		return this.column;
	}

	/** Unknown or missing names fall back to sorting by name. */
	public static EnterpriseSort parse(String name) {
		return Arrays.stream(values()).filter((sort) -> sort.name().equalsIgnoreCase(name)).findFirst().orElse(NAME);
	}

}
