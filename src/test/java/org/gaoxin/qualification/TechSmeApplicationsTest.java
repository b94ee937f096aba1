package org.gaoxin.qualification;

import java.util.List;

import org.gaoxin.enterprise.HighTechCertificate;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.qualification.rules.DeclaredFacts;
import org.gaoxin.qualification.rules.Outcome;
import org.gaoxin.qualification.rules.TechSmeApplication;
import org.gaoxin.support.TestReports;
import org.gaoxin.support.TestTexts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A technology-based SME application from stored data: a certificate counts as a direct
 * qualification in the years it covers (its issue year and the two after it).
 */
class TechSmeApplicationsTest {

	private static final HighTechCertificate ISSUED_2023 = new HighTechCertificate(7, "GR202350000001", 2023);

	@Test
	void aCertificateQualifiesDirectlyInTheYearsItCovers() {
		TechSmeApplication coveredYear = TechSmeApplications.from(TestReports.report(7, 2025, ReportStatus.APPROVED),
				List.of(ISSUED_2023));
		TechSmeApplication expiredYear = TechSmeApplications.from(TestReports.report(7, 2026, ReportStatus.APPROVED),
				List.of(ISSUED_2023));

		assertThat(coveredYear.direct().validHighTechCertificate()).isTrue();
		assertThat(coveredYear.direct().grounds()).extracting(TestTexts::zh).containsExactly("有效期内高新技术企业资格");
		assertThat(coveredYear.direct().grounds()).extracting(TestTexts::en)
			.containsExactly("valid high-tech enterprise certificate");
		assertThat(expiredYear.direct().validHighTechCertificate()).isFalse();
		assertThat(expiredYear.direct().any()).isFalse();
	}

	@Test
	void noCertificateNoDirectQualification() {
		assertThat(
				TechSmeApplications.from(TestReports.report(7, 2025, ReportStatus.APPROVED), List.of()).direct().any())
			.isFalse();
	}

	@Test
	void theDeclarationsOfTheYearAndTheYearBeforeDecideTheUndeclaredConditions() {
		DeclaredFacts clean = new DeclaredFacts(false, false, false, false, false, null, null);
		TechSmeApplication undeclared = TechSmeApplications.from(TestReports.report(7, 2025, ReportStatus.APPROVED),
				List.of());
		TechSmeApplication declared = TechSmeApplications.from(TestReports.report(7, 2025, ReportStatus.APPROVED),
				List.of(), clean, clean);
		TechSmeApplication incidentYearBefore = TechSmeApplications.from(
				TestReports.report(7, 2025, ReportStatus.APPROVED), List.of(), clean,
				new DeclaredFacts(true, false, false, false, false, null, null));

		assertThat(undeclared.prohibitedCategory()).isNull();
		assertThat(undeclared.adverseRecord()).isNull();
		assertThat(declared.prohibitedCategory()).isFalse();
		assertThat(declared.adverseRecord()).isFalse();
		assertThat(incidentYearBefore.adverseRecord()).isTrue();
		assertThat(incidentYearBefore.evaluate().outcome()).isEqualTo(Outcome.FAIL);
	}

}
