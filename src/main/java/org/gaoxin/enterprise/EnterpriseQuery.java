package org.gaoxin.enterprise;

/**
 * The enterprise list's filters as a request carries them: the list page, the API and the
 * export bind the same parameter names to it (see {@link EnterpriseSearch#parameters()}).
 * Unknown sort names fall back to the name; an unknown qualification is a bad request.
 *
 * @param q part of the name or credit code
 * @param zone a zone code; {@link #ALL_ZONES} (or blank) for every zone the caller reads
 * @param year the year of the qualifications; the default data year when absent
 */
public record EnterpriseQuery(String q, String zone, String industry, String chain, String link, Integer year,
		YearQualification qualification, Boolean aboveSize, Boolean highTech, String sort, String dir) {

	/**
	 * The zone value of "every zone I read", which a link keeps (a blank one it drops).
	 */
	public static final String ALL_ZONES = "*";

	/** Whether the request asks for every zone the caller reads. */
	public boolean allZones() {
		return this.zone != null && (this.zone.isBlank() || ALL_ZONES.equals(this.zone.strip()));
	}

	/** The zone the request names, or null for none or every zone. */
	public String zoneCode() {
		return (this.zone == null || allZones()) ? null : this.zone.strip();
	}

	public EnterpriseSearch toSearch(int defaultYear) {
		return toSearch(zoneCode(), (this.year != null) ? this.year : defaultYear);
	}

	/** The search in the zone and year a page chose (a null zone: every zone read). */
	public EnterpriseSearch toSearch(String zoneCode, int year) {
		return new EnterpriseSearch(this.q, zoneCode, year, this.aboveSize, this.highTech,
				EnterpriseSort.parse(this.sort), "desc".equalsIgnoreCase(this.dir), this.industry, this.chain,
				this.link, this.qualification);
	}

}
