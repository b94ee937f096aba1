package org.gaoxin.quality;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.gaoxin.account.DataScope;
import org.gaoxin.filing.AnnualReport;
import org.gaoxin.filing.AnnualReports;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.quality.internal.FindingReviewRows;
import org.gaoxin.quality.internal.QualityCheck;
import org.gaoxin.quality.internal.ZoneYear;
import org.gaoxin.region.District;
import org.gaoxin.region.Regions;
import org.gaoxin.region.Zone;
import org.gaoxin.region.ZoneDataVersions;
import org.gaoxin.shared.ResultCache;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data-quality checks over a zone's enterprises and their reports for a year: duplicate
 * enterprises, year-over-year jumps, implausible ratios, missing reports. Drafts are not
 * looked at (they are not filed yet); submitted, returned and approved reports are, so
 * that reviewers see problems before they approve. Each finding carries the status zone
 * staff recorded for it ({@link FindingReviews}).
 */
@Service
public class DataQuality {

	private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::kind)
		.thenComparing(Finding::severity)
		.thenComparing(Finding::enterpriseName)
		.thenComparing((finding) -> (finding.field() != null) ? finding.field().ordinal() : -1);

	private final Regions regions;

	private final Enterprises enterprises;

	private final AnnualReports reports;

	private final List<QualityCheck> checks;

	private final FindingReviewRows reviews;

	/** The kind of result kept in the {@link ResultCache}: a zone-year's checks run. */
	public static final String FINDINGS = "quality-findings";

	private final ResultCache results;

	private final ZoneDataVersions versions;

	DataQuality(Regions regions, Enterprises enterprises, AnnualReports reports, List<QualityCheck> checks,
			FindingReviewRows reviews, ResultCache results, ZoneDataVersions versions) {
		this.results = results;
		this.versions = versions;
		this.regions = regions;
		this.reviews = reviews;
		this.enterprises = enterprises;
		this.reports = reports;
		this.checks = checks;
	}

	/**
	 * The findings for the zone's year, by kind, then severity, then enterprise. Only the
	 * enterprises the scope sees are checked (a chain leader's chain, say).
	 * @throws AccessDeniedException for enterprise users and zones outside the scope
	 */
	@Transactional(readOnly = true)
	public List<Finding> check(String zoneCode, int year, DataScope scope) {
		Zone zone = this.regions.readable(zoneCode, scope);
		// the checks read the registry and the reports the caller sees: kept per data
		// version and scope; the reviews of the findings are read fresh each time
		List<Finding> found = this.results.get(
				FINDINGS, java.util.Arrays.asList(zoneCode, this.versions.current(zoneCode), year, scope.role(),
						scope.zoneCode(), scope.enterpriseId(), scope.chainCode()),
				(findings) -> 1 + findings.size() / 4, () -> {
					ZoneYear zoneYear = zoneYear(zone, year, scope);
					return this.checks.stream().flatMap((check) -> check.check(zoneYear).stream()).toList();
				});
		Map<FindingKey, FindingReview> reviews = this.reviews.inZoneYear(zoneCode, year);
		return found.stream()
			.map((finding) -> finding.withReview(reviews.getOrDefault(finding.key(zoneCode), FindingReview.NONE)))
			.sorted(ORDER)
			.toList();
	}

	private ZoneYear zoneYear(Zone zone, int year, DataScope scope) {
		List<Enterprise> visible = this.enterprises.inZone(zone.code(), scope);
		Set<Long> ids = visible.stream().map(Enterprise::id).collect(Collectors.toSet());
		Map<Long, AnnualReport> thisYear = new HashMap<>();
		Map<Long, AnnualReport> lastYear = new HashMap<>();
		this.reports.inZone(zone.code(), year - 1, year, scope)
			.forEach((id, filed) -> filed.stream()
				.filter((report) -> ids.contains(id) && report.status() != ReportStatus.DRAFT)
				.forEach((report) -> ((report.year() == year) ? thisYear : lastYear).put(id, report)));
		String district = this.regions.findDistrict(zone.districtCode()).map(District::nameZh).orElse(null);
		return new ZoneYear(zone.code(), district, year, visible, thisYear, lastYear);
	}

}
