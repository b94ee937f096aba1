package org.gaoxin.qualification.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Facts that qualify a technology-based SME without a score (直接确认符合条件), once its
 * conditions are met.
 */
public record DirectQualification(boolean validHighTechCertificate, boolean nationalAwardTopThree,
		boolean accreditedRdInstitution, boolean ledStandard) {

	public static final DirectQualification NONE = new DirectQualification(false, false, false, false);

	/**
	 * Only the certificate fact, which the caller derives from the enterprise's
	 * certificates and the evaluated year.
	 */
	public static DirectQualification byCertificate(boolean validHighTechCertificate) {
		return new DirectQualification(validHighTechCertificate, false, false, false);
	}

	public boolean any() {
		return this.validHighTechCertificate || this.nationalAwardTopThree || this.accreditedRdInstitution
				|| this.ledStandard;
	}

	public List<Bilingual> grounds() {
		List<Bilingual> grounds = new ArrayList<>();
		if (this.validHighTechCertificate) {
			grounds.add(new Bilingual("有效期内高新技术企业资格", "valid high-tech enterprise certificate"));
		}
		if (this.nationalAwardTopThree) {
			grounds.add(new Bilingual("近五年内获国家级科技奖励并在获奖单位中排名前三",
					"national S&T award in the last 5 years, ranked in the top 3"));
		}
		if (this.accreditedRdInstitution) {
			grounds.add(new Bilingual("拥有经认定的省部级以上研发机构", "accredited provincial or higher R&D institution"));
		}
		if (this.ledStandard) {
			grounds.add(new Bilingual("近五年内主导制定过国际标准、国家标准或行业标准",
					"led an international, national or industry standard in the last 5 years"));
		}
		return grounds;
	}

}
