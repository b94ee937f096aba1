package org.gaoxin.qualification;

import org.gaoxin.qualification.rules.DeclaredFacts;
import org.gaoxin.qualification.rules.DirectQualification;
import org.gaoxin.qualification.rules.TechSmeApplication;
import java.util.Collection;

import org.gaoxin.filing.AnnualReport;
import org.gaoxin.enterprise.HighTechCertificate;

/**
 * A technology-based SME evaluation from stored data: the year's report, the enterprise's
 * certificates and its declarations for the year and the year before. Prohibited
 * categories and adverse records stay open (DEPENDS) until the enterprise declares them,
 * never assumed; only a valid certificate is known among the direct-qualification facts.
 */
public final class TechSmeApplications {

	private TechSmeApplications() {
	}

	public static TechSmeApplication from(AnnualReport report, Collection<HighTechCertificate> certificates) {
		return from(report, certificates, DeclaredFacts.NONE, DeclaredFacts.NONE);
	}

	/**
	 * @param declared the enterprise's declaration for the report's year
	 * @param declaredYearBefore its declaration for the year before, which the adverse
	 * record also covers
	 */
	public static TechSmeApplication from(AnnualReport report, Collection<HighTechCertificate> certificates,
			DeclaredFacts declared, DeclaredFacts declaredYearBefore) {
		return new TechSmeApplication(report.employees(), report.stStaff(), report.operatingRevenue(),
				report.totalAssets(), report.rdExpense(), report.totalCosts(), report.inventionPatentsOwned(),
				report.classTwoIpOwned(), true, declared.prohibitedCategory(),
				declared.adverseRecordWith(declaredYearBefore),
				DirectQualification.byCertificate(certificateCovers(certificates, report.year())));
	}

	/** Whether any of the certificates is valid in the evaluated year. */
	static boolean certificateCovers(Collection<HighTechCertificate> certificates, int year) {
		return certificates.stream().anyMatch((certificate) -> certificate.coversYear(year));
	}

}
