package org.gaoxin.enterprise;

/**
 * Filters of the enterprise list. {@code year} is the year the high-tech and tech-SME
 * columns speak of.
 */
public record EnterpriseSearch(String text, String zoneCode, int year, Boolean aboveDesignatedSize, Boolean highTech,
		EnterpriseSort sort, boolean descending) {

	public EnterpriseSearch {
		if (text != null) {
			text = text.strip();
			if (text.isEmpty()) {
				text = null;
			}
			else if (text.length() > 100) {
				text = text.substring(0, 100);
			}
		}
		if (zoneCode != null && zoneCode.isBlank()) {
			zoneCode = null;
		}
		if (sort == null) {
			sort = EnterpriseSort.NAME;
		}
	}

	public static EnterpriseSearch all(int year) {
		return new EnterpriseSearch(null, null, year, null, null, EnterpriseSort.NAME, false);
	}

}
