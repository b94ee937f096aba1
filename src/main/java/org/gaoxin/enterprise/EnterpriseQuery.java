package org.gaoxin.enterprise;

/**
 * The enterprise list's filters as a request carries them: the list page, the API and the
 * export bind the same parameter names to it (see {@link EnterpriseSearch#parameters()}).
 * Unknown sort names fall back to the name; an unknown qualification is a bad request.
 *
 * @param q part of the name or credit code
 * @param year the year of the qualifications; the default data year when absent
 */
public record EnterpriseQuery(String q, String zone, String industry, String chain, String link, Integer year,
		YearQualification qualification, Boolean aboveSize, Boolean highTech, String sort, String dir) {

	public EnterpriseSearch toSearch(int defaultYear) {
		return new EnterpriseSearch(this.q, this.zone, (this.year != null) ? this.year : defaultYear, this.aboveSize,
				this.highTech, EnterpriseSort.parse(this.sort), "desc".equalsIgnoreCase(this.dir), this.industry,
				this.chain, this.link, this.qualification);
	}

}
