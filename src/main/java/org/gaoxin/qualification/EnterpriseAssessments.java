package org.gaoxin.qualification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.enterprise.Certificates;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.enterprise.HighTechCertificate;
import org.gaoxin.filing.AnnualReport;
import org.gaoxin.filing.AnnualReports;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.qualification.rules.DeclaredFacts;
import org.gaoxin.qualification.rules.ExpertScores;
import org.gaoxin.region.ZoneDataVersions;
import org.gaoxin.shared.ResultCache;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judges stored enterprises under the national qualification rules, one or a whole zone
 * at a time, on their reports, certificates, declarations and the experts' scores.
 */
@Service
public class EnterpriseAssessments {

	/** The kind of result kept in the {@link ResultCache}: a zone-year judged. */
	public static final String ASSESSMENTS = "zone-assessments";

	private final Enterprises enterprises;

	private final AnnualReports reports;

	private final Certificates certificates;

	private final Declarations declarations;

	private final ExpertReviews reviews;

	private final ResultCache results;

	private final ZoneDataVersions versions;

	EnterpriseAssessments(Enterprises enterprises, AnnualReports reports, Certificates certificates,
			Declarations declarations, ExpertReviews reviews, ResultCache results, ZoneDataVersions versions) {
		this.results = results;
		this.versions = versions;
		this.enterprises = enterprises;
		this.reports = reports;
		this.certificates = certificates;
		this.declarations = declarations;
		this.reviews = reviews;
	}

	/**
	 * One enterprise in the caller's scope, judged on the year's report (and the two
	 * before it).
	 */
	@Transactional(readOnly = true)
	public Optional<EnterpriseAssessment> assess(long enterpriseId, int year, DataScope scope) {
		return facts(enterpriseId, year, scope).map(QualificationFacts::assess);
	}

	/** What the enterprise in the caller's scope is judged on for the year. */
	@Transactional(readOnly = true)
	public Optional<QualificationFacts> facts(long enterpriseId, int year, DataScope scope) {
		return this.enterprises.find(enterpriseId, scope)
			.map((enterprise) -> new QualificationFacts(enterprise, year, this.reports.filed(enterpriseId, scope),
					this.certificates.certificatesOf(enterpriseId, scope), declared(enterpriseId, year, scope),
					declared(enterpriseId, year - 1, scope),
					this.reviews.find(enterpriseId, year, scope).map(ExpertReview::scores).orElse(ExpertScores.NONE)));
	}

	/**
	 * Every enterprise of the zone in the caller's scope, registered by the end of the
	 * year. The whole zone is judged once per version of its data and kept; the caller's
	 * scope narrows what is returned (as {@code EnterpriseScopeSql} narrows the reads).
	 */
	@Transactional(readOnly = true)
	public List<EnterpriseAssessment> assessZone(String zoneCode, int year, DataScope scope) {
		List<EnterpriseAssessment> all = this.results.get(ASSESSMENTS,
				List.of(zoneCode, this.versions.current(zoneCode), year), (list) -> 2 * list.size(),
				() -> List.copyOf(judgeZone(zoneCode, year, new DataScope(Role.ADMIN, zoneCode, null, null, null))));
		return all.stream().filter((a) -> scope.canReadEnterprise(a.enterpriseId(), zoneCode, a.chainCode())).toList();
	}

	private List<EnterpriseAssessment> judgeZone(String zoneCode, int year, DataScope scope) {
		// the pool and its outlook count approved figures, as the evaluation does
		Map<Long, List<AnnualReport>> reportsById = new HashMap<>();
		this.reports.inZone(zoneCode, year - 2, year, scope)
			.forEach((id, list) -> reportsById.put(id,
					list.stream().filter((r) -> r.status() == ReportStatus.APPROVED).toList()));
		Map<Long, List<HighTechCertificate>> certificatesById = this.certificates.certificatesInZone(zoneCode);
		Map<Long, Map<Integer, DeclaredFacts>> declared = this.declarations.inZone(zoneCode, year - 1, year, scope);
		Map<Long, ExpertScores> scored = this.reviews.inZone(zoneCode, year, scope);
		List<EnterpriseAssessment> assessments = new ArrayList<>();
		for (Enterprise enterprise : this.enterprises.inZone(zoneCode, scope)) {
			if (enterprise.registrationDate().isBefore(LocalDate.of(year + 1, 1, 1))) {
				Map<Integer, DeclaredFacts> byYear = declared.getOrDefault(enterprise.id(), Map.of());
				assessments
					.add(new QualificationFacts(enterprise, year, reportsById.getOrDefault(enterprise.id(), List.of()),
							certificatesById.getOrDefault(enterprise.id(), List.of()),
							byYear.getOrDefault(year, DeclaredFacts.NONE),
							byYear.getOrDefault(year - 1, DeclaredFacts.NONE),
							scored.getOrDefault(enterprise.id(), ExpertScores.NONE))
						.assess());
			}
		}
		return assessments;
	}

	private DeclaredFacts declared(long enterpriseId, int year, DataScope scope) {
		return this.declarations.find(enterpriseId, year, scope).map(Declaration::facts).orElse(DeclaredFacts.NONE);
	}

}
