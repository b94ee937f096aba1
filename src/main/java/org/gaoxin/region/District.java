package org.gaoxin.region;

/**
 * A district or county; {@code divisionCode} is its 6-digit administrative division code
 * (GB/T 2260).
 */
public record District(String code, String regionCode, String divisionCode, String nameZh, String nameEn) {

	public District {
		if (divisionCode == null || !divisionCode.matches("\\d{6}")) {
			throw new IllegalArgumentException("Administrative division code must be 6 digits: " + divisionCode);
		}
	}

}
