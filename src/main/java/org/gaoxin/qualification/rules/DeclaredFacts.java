package org.gaoxin.qualification.rules;

/**
 * What an enterprise declares for one year that no report says; null where it has not
 * declared, which leaves the conditions that need it open, never assumed.
 *
 * @param majorIncident a major safety or quality accident or a serious environmental
 * offence in the year
 * @param prohibitedCategory its business is in a prohibited, restricted or eliminated
 * category (国家禁止、限制和淘汰类)
 * @param abnormalOperationList listed in the directory of abnormal operations (经营异常名录)
 * @param seriousDishonestyList listed as seriously illegal and dishonest (严重违法失信企业名单)
 * @param researchMisconduct serious research misconduct (科研严重失信) in the year
 * @param ipAcquisition how it came to own its IP
 * @param ledStandard led the drafting of a national or industry standard
 */
public record DeclaredFacts(Boolean majorIncident, Boolean prohibitedCategory, Boolean abnormalOperationList,
		Boolean seriousDishonestyList, Boolean researchMisconduct, IpAcquisition ipAcquisition, Boolean ledStandard) {

	public static final DeclaredFacts NONE = new DeclaredFacts(null, null, null, null, null, null, null);

	/**
	 * High-tech condition 8 for an application judged at the end of this year: no major
	 * accident or serious environmental offence within the year before.
	 */
	public Boolean noMajorAccident() {
		return (this.majorIncident != null) ? !this.majorIncident : null;
	}

	/**
	 * The adverse record of 科技型中小企业评价办法 for this year: a major accident, serious
	 * environmental offence or research misconduct in this year or the one before, or a
	 * listing as abnormal or seriously dishonest now. Any declared "yes" makes it
	 * adverse; it is clean only when every part of both years is declared "no"; otherwise
	 * null.
	 */
	public Boolean adverseRecordWith(DeclaredFacts yearBefore) {
		Boolean[] parts = { this.majorIncident, this.researchMisconduct, this.abnormalOperationList,
				this.seriousDishonestyList, yearBefore.majorIncident, yearBefore.researchMisconduct };
		boolean unknown = false;
		for (Boolean part : parts) {
			if (Boolean.TRUE.equals(part)) {
				return true;
			}
			unknown |= (part == null);
		}
		return unknown ? null : false;
	}

}
