package org.gaoxin.enterprise;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Filters of the enterprise list. {@code year} is the year the high-tech and tech-SME
 * columns and the {@code qualification} filter speak of. Every filter narrows; none
 * widens the caller's data scope.
 *
 * @param highTech the older yes/no filter on a high-tech certificate in the year, kept
 * for links that carry it
 * @param chainLinkCode a link (环节) of an industrial chain
 */
public record EnterpriseSearch(String text, String zoneCode, int year, Boolean aboveDesignatedSize, Boolean highTech,
		EnterpriseSort sort, boolean descending, String industry, String chainCode, String chainLinkCode,
		YearQualification qualification) {

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
		zoneCode = blankToNull(zoneCode);
		industry = blankToNull(industry);
		chainCode = blankToNull(chainCode);
		chainLinkCode = blankToNull(chainLinkCode);
		if (sort == null) {
			sort = EnterpriseSort.NAME;
		}
	}

	/** The search without the industry, chain and qualification filters. */
	public EnterpriseSearch(String text, String zoneCode, int year, Boolean aboveDesignatedSize, Boolean highTech,
			EnterpriseSort sort, boolean descending) {
		this(text, zoneCode, year, aboveDesignatedSize, highTech, sort, descending, null, null, null, null);
	}

	public static EnterpriseSearch all(int year) {
		return new EnterpriseSearch(null, null, year, null, null, EnterpriseSort.NAME, false);
	}

	/**
	 * The search as request parameters, under the names the list page, its export and the
	 * API read ({@link EnterpriseQuery}): what a link keeps of the list. Unset filters
	 * are null.
	 */
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("q", this.text);
		parameters.put("zone", this.zoneCode);
		parameters.put("industry", this.industry);
		parameters.put("chain", this.chainCode);
		parameters.put("link", this.chainLinkCode);
		parameters.put("year", this.year);
		parameters.put("qualification", this.qualification);
		parameters.put("aboveSize", this.aboveDesignatedSize);
		parameters.put("highTech", this.highTech);
		parameters.put("sort", this.sort.name().toLowerCase(Locale.ROOT));
		parameters.put("dir", this.descending ? "desc" : "asc");
		return parameters;
	}

	private static String blankToNull(String code) {
		return (code == null || code.isBlank()) ? null : code.strip();
	}

}
