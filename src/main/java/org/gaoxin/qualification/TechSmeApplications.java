package org.gaoxin.qualification;

import org.gaoxin.qualification.rules.DirectQualification;
import org.gaoxin.qualification.rules.TechSmeApplication;
import java.util.Collection;

import org.gaoxin.filing.AnnualReport;
import org.gaoxin.enterprise.HighTechCertificate;

/**
 * A technology-based SME evaluation from stored data: the year's report and the
 * enterprise's certificates. The platform does not record prohibited categories or
 * adverse records: they stay open (DEPENDS) until the enterprise declares them, never
 * assumed; only a valid certificate is known among the direct-qualification facts.
 */
public final class TechSmeApplications {

	private TechSmeApplications() {
	}

	public static TechSmeApplication from(AnnualReport report, Collection<HighTechCertificate> certificates) {
		return new TechSmeApplication(report.employees(), report.stStaff(), report.operatingRevenue(),
				report.totalAssets(), report.rdExpense(), report.totalCosts(), report.inventionPatentsOwned(),
				report.classTwoIpOwned(), true, null, null,
				DirectQualification.byCertificate(certificateCovers(certificates, report.year())));
	}

	/** Whether any of the certificates is valid in the evaluated year. */
	static boolean certificateCovers(Collection<HighTechCertificate> certificates, int year) {
		return certificates.stream().anyMatch((certificate) -> certificate.coversYear(year));
	}

}
