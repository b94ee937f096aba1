package org.gaoxin.qualification;

import org.gaoxin.enterprise.Certificates;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.enterprise.HighTechCertificate;
import org.gaoxin.filing.AnnualReport;
import org.gaoxin.filing.AnnualReports;
import org.gaoxin.filing.ReportStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.account.DataScope;
import org.gaoxin.qualification.HighTechApplications;
import org.gaoxin.qualification.rules.HighTechInputs;
import org.gaoxin.qualification.TechSmeApplications;
import org.gaoxin.shared.Message;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judges stored enterprises under the national qualification rules, one or a whole zone
 * at a time.
 */
@Service
public class EnterpriseAssessments {

	private final Enterprises enterprises;

	private final AnnualReports reports;

	private final Certificates certificates;

	EnterpriseAssessments(Enterprises enterprises, AnnualReports reports, Certificates certificates) {
		this.enterprises = enterprises;
		this.reports = reports;
		this.certificates = certificates;
	}

	/**
	 * One enterprise in the caller's scope, judged on the year's report (and the two
	 * before it).
	 */
	@Transactional(readOnly = true)
	public Optional<EnterpriseAssessment> assess(long enterpriseId, int year, DataScope scope) {
		return this.enterprises.find(enterpriseId, scope)
			.map((enterprise) -> assess(enterprise, this.reports.filed(enterpriseId, scope),
					this.certificates.certificatesOf(enterpriseId, scope), year));
	}

	/**
	 * Every enterprise of the zone in the caller's scope, registered by the end of the
	 * year.
	 */
	@Transactional(readOnly = true)
	public List<EnterpriseAssessment> assessZone(String zoneCode, int year, DataScope scope) {
		// the pool and its outlook count approved figures, as the evaluation does
		Map<Long, List<AnnualReport>> reportsById = new java.util.HashMap<>();
		this.reports.inZone(zoneCode, year - 2, year, scope)
			.forEach((id, list) -> reportsById.put(id,
					list.stream().filter((r) -> r.status() == ReportStatus.APPROVED).toList()));
		Map<Long, List<HighTechCertificate>> certificatesById = this.certificates.certificatesInZone(zoneCode);
		List<EnterpriseAssessment> assessments = new ArrayList<>();
		for (Enterprise enterprise : this.enterprises.inZone(zoneCode, scope)) {
			if (enterprise.registrationDate().isBefore(LocalDate.of(year + 1, 1, 1))) {
				assessments.add(assess(enterprise, reportsById.getOrDefault(enterprise.id(), List.of()),
						certificatesById.getOrDefault(enterprise.id(), List.of()), year));
			}
		}
		return assessments;
	}

	static EnterpriseAssessment assess(Enterprise enterprise, List<AnnualReport> reports,
			List<HighTechCertificate> certificates, int year) {
		AnnualReport report = reports.stream().filter((r) -> r.year() == year).findFirst().orElse(null);
		HighTechInputs inputs = HighTechApplications.from(enterprise, reports, year);
		Integer validThrough = certificates.stream()
			.map(HighTechCertificate::lastValidYear)
			.max(Integer::compare)
			.orElse(null);
		boolean highTech = certificates.stream().anyMatch((c) -> c.coversYear(year));
		return new EnterpriseAssessment(enterprise.id(), enterprise.creditCode(), enterprise.name(),
				enterprise.chainCode(), year, highTech, validThrough,
				(report != null) ? TechSmeApplications.from(report, certificates).evaluate() : null,
				(report != null) ? List.of() : List.of(HighTechApplications.reportMissing(year)),
				inputs.evaluate().orElse(null), inputs.missing());
	}

}
