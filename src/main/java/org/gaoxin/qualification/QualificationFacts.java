package org.gaoxin.qualification;

import java.util.List;

import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.HighTechCertificate;
import org.gaoxin.filing.AnnualReport;
import org.gaoxin.qualification.rules.DeclaredFacts;
import org.gaoxin.qualification.rules.ExpertScores;
import org.gaoxin.qualification.rules.HighTechInputs;

/**
 * Everything stored that an enterprise is judged on for a year: the registry entry, its
 * reports, its certificates, its declarations for the year and the year before, and the
 * experts' scores for the year.
 */
public record QualificationFacts(Enterprise enterprise, int year, List<AnnualReport> reports,
		List<HighTechCertificate> certificates, DeclaredFacts declared, DeclaredFacts declaredYearBefore,
		ExpertScores experts) {

	public QualificationFacts {
		reports = List.copyOf(reports);
		certificates = List.copyOf(certificates);
	}

	/** The report of the year {@code year}, or null. */
	public AnnualReport report(int year) {
		return this.reports.stream().filter((r) -> r.year() == year).findFirst().orElse(null);
	}

	public HighTechInputs highTechInputs() {
		return HighTechApplications.from(this.enterprise, this.reports, this.year, this.declared, this.experts);
	}

	public boolean certificateCoversYear() {
		return TechSmeApplications.certificateCovers(this.certificates, this.year);
	}

	public EnterpriseAssessment assess() {
		AnnualReport report = report(this.year);
		HighTechInputs inputs = highTechInputs();
		Integer validThrough = this.certificates.stream()
			.map(HighTechCertificate::lastValidYear)
			.max(Integer::compare)
			.orElse(null);
		boolean highTech = this.certificates.stream().anyMatch((c) -> c.coversYear(this.year));
		return new EnterpriseAssessment(this.enterprise.id(), this.enterprise.creditCode(), this.enterprise.name(),
				this.enterprise.chainCode(), this.year, highTech, validThrough,
				(report != null)
						? TechSmeApplications.from(report, this.certificates, this.declared, this.declaredYearBefore)
							.evaluate()
						: null,
				(report != null) ? List.of() : List.of(HighTechApplications.reportMissing(this.year)),
				inputs.evaluate().orElse(null), inputs.missing());
	}

}
