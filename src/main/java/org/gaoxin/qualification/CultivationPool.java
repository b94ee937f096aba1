package org.gaoxin.qualification;

import java.util.Comparator;
import java.util.List;

import org.gaoxin.account.DataScope;
import org.gaoxin.qualification.EnterpriseAssessment;
import org.gaoxin.qualification.EnterpriseAssessments;
import org.gaoxin.enterprise.EnterpriseCounts;
import org.gaoxin.enterprise.ZoneEnterpriseCounts;
import org.gaoxin.region.Regions;
import org.gaoxin.shared.Message;
import org.gaoxin.benchmark.RegionalBenchmark;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 高企培育库: every enterprise that is not a high-tech enterprise, judged on its last three
 * reports under the national rules and ranked by its distance to qualifying; and what
 * that means for the zone's high-tech enterprise targets next year.
 */
@Service
public class CultivationPool {

	private static final Comparator<Candidate> NEAREST_FIRST = Comparator.comparing(Candidate::readiness)
		.thenComparing(Candidate::failedConditions)
		.thenComparing((Candidate c) -> (c.scoreMax() != null) ? -c.scoreMax() : 0)
		.thenComparing(Candidate::creditCode);

	private final EnterpriseAssessments assessments;

	private final EnterpriseCounts counts;

	private final RegionalBenchmark benchmark;

	private final List<TargetOutlooks> outlooks;

	private final Regions regions;

	/** The kind of result kept for a zone-year's pool as one scope sees it. */
	public static final String POOL = "cultivation-pool";

	private final org.gaoxin.shared.ResultCache results;

	private final org.gaoxin.region.ZoneDataVersions versions;

	CultivationPool(EnterpriseAssessments assessments, EnterpriseCounts counts, RegionalBenchmark benchmark,
			List<TargetOutlooks> outlooks, Regions regions, org.gaoxin.shared.ResultCache results,
			org.gaoxin.region.ZoneDataVersions versions) {
		this.results = results;
		this.versions = versions;
		this.assessments = assessments;
		this.counts = counts;
		this.benchmark = benchmark;
		this.outlooks = outlooks;
		this.regions = regions;
	}

	@Transactional(readOnly = true)
	public Pool pool(String zoneCode, int year, DataScope scope) {
		this.regions.readable(zoneCode, scope);
		// kept per data version and scope (the counts are the caller's); the regional
		// shares read every zone, so they are asked for anew (they are kept on their own)
		Pool kept = this.results.get(POOL, List.of(zoneCode, this.versions.current(zoneCode), year, scope),
				(pool) -> 2 * (pool.candidates().size() + pool.renewals().size()) + 1,
				() -> computed(zoneCode, year, scope));
		return kept.withShares(this.benchmark.shares(zoneCode, year, scope));
	}

	private Pool computed(String zoneCode, int year, DataScope scope) {
		List<EnterpriseAssessment> all = this.assessments.assessZone(zoneCode, year, scope);
		List<Candidate> candidates = all.stream()
			.filter((a) -> !a.highTechInYear())
			.map(CultivationPool::candidate)
			.sorted(NEAREST_FIRST)
			.toList();
		List<Renewal> renewals = all.stream()
			.filter((a) -> a.highTechInYear() && a.certificateValidThrough() != null
					&& a.certificateValidThrough() == year)
			.map((a) -> new Renewal(a.enterpriseId(), a.creditCode(), a.name(), year,
					Readiness.of(a.failedHighTechConditions(), a.highTech() != null), gaps(a)))
			.sorted(Comparator.comparing(Renewal::readiness).thenComparing(Renewal::creditCode))
			.toList();
		long validNextYear = all.stream()
			.filter((a) -> a.certificateValidThrough() != null && a.certificateValidThrough() > year)
			.count();
		ZoneEnterpriseCounts zone = this.counts.inZone(zoneCode, year);
		int ready = (int) (candidates.stream().filter((c) -> c.readiness() == Readiness.READY).count()
				+ renewals.stream().filter((r) -> r.readiness() == Readiness.READY).count());
		int near = (int) (candidates.stream().filter((c) -> c.readiness() == Readiness.NEAR).count()
				+ renewals.stream().filter((r) -> r.readiness() == Readiness.NEAR).count());
		PoolCounts poolCounts = new PoolCounts(zoneCode, year, (int) validNextYear, ready, near);
		List<TargetOutlook> outlook = this.outlooks.stream()
			.flatMap((provider) -> provider.outlook(poolCounts).stream())
			.toList();
		return new Pool(zoneCode, year, zone.highTech(), zone.techSme(), null, validNextYear, renewals, candidates,
				outlook);
	}

	private static Candidate candidate(EnterpriseAssessment a) {
		boolean complete = a.highTech() != null;
		return new Candidate(a.enterpriseId(), a.creditCode(), a.name(), a.chainCode(),
				Readiness.of(a.failedHighTechConditions(), complete), complete ? a.failedHighTechConditions() : 0,
				complete ? a.highTech().score().total().min() : null,
				complete ? a.highTech().score().total().max() : null,
				a.techSme() != null && a.techSme().outcome() != org.gaoxin.qualification.rules.Outcome.FAIL, gaps(a),
				complete ? a.highTech().shortfall() : null);
	}

	private static List<Message> gaps(EnterpriseAssessment a) {
		return (a.highTech() != null) ? a.highTech().gaps() : a.highTechMissing();
	}

}
