package org.gaoxin.qualification.rules;

import java.util.ArrayList;
import java.util.List;

import org.gaoxin.shared.Message;

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

	public List<Message> grounds() {
		List<Message> grounds = new ArrayList<>();
		if (this.validHighTechCertificate) {
			grounds.add(Message.of("qualification.direct.highTechCertificate"));
		}
		if (this.nationalAwardTopThree) {
			grounds.add(Message.of("qualification.direct.nationalAward"));
		}
		if (this.accreditedRdInstitution) {
			grounds.add(Message.of("qualification.direct.rdInstitution"));
		}
		if (this.ledStandard) {
			grounds.add(Message.of("qualification.direct.ledStandard"));
		}
		return grounds;
	}

}
