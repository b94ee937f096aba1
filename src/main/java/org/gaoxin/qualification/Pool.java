package org.gaoxin.qualification;

import java.util.List;

import org.gaoxin.benchmark.RegionalShares;

/**
 * The high-tech enterprise cultivation pool of a zone for a data year: how many there
 * are, the region's shares, who must renew, the candidates nearest first, and the outlook
 * on the targets.
 */
public record Pool(String zoneCode, int year, long highTechNow, long techSmeNow, RegionalShares shares,
		long validNextYear, List<Renewal> renewals, List<Candidate> candidates, List<TargetOutlook> targets) {

	public long count(Readiness readiness) {
		return this.candidates.stream().filter((c) -> c.readiness() == readiness).count();
	}

	/** The same pool with the region's shares as they are now. */
	public Pool withShares(RegionalShares now) {
		return new Pool(this.zoneCode, this.year, this.highTechNow, this.techSmeNow, now, this.validNextYear,
				this.renewals, this.candidates, this.targets);
	}

	/** The same pool with only these candidates. */
	public Pool withCandidates(List<Candidate> only) {
		return new Pool(this.zoneCode, this.year, this.highTechNow, this.techSmeNow, this.shares, this.validNextYear,
				this.renewals, only, this.targets);
	}

}
