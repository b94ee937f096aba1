package org.gaoxin.demo;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.gaoxin.filing.AnnualReport;
import org.gaoxin.enterprise.NewEnterprise;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The demo generator reproduces INDICATORS.md §C for Qianjiang from its fixed seed. */
class EnterpriseSynthesizerTest {

	private static SyntheticZone zone;

	private static final ZoneProfile QJ = ZoneProfile.qianjiang();

	@BeforeAll
	static void generate() {
		zone = new EnterpriseSynthesizer(QJ, new Naming()).synthesize();
	}

	@Test
	void countsAreExactEveryYear() {
		for (int k = 0; k < ZoneProfile.YEARS; k++) {
			int year = ZoneProfile.FIRST_YEAR + k;
			assertThat(reports(year).size()).as("enterprises reporting in %d", year).isEqualTo(QJ.enterprises()[k]);
			assertThat(reports(year).stream().filter(AnnualReport::aboveDesignatedSize).count())
				.as("above size %d", year)
				.isEqualTo(QJ.aboveSize()[k]);
			assertThat(highTechIn(year).size()).as("high-tech %d", year).isEqualTo(QJ.highTech()[k]);
			assertThat(zone.registrations().stream().filter((r) -> r.year() == year).count()).as("tech SMEs %d", year)
				.isEqualTo(QJ.techSme()[k]);
		}
	}

	@Test
	void twentyTwentyOneAmountsMatchTheCalibrationTable() {
		List<AnnualReport> y2021 = reports(2021);
		double aboveOutput = sum(y2021, AnnualReport::aboveDesignatedSize, AnnualReport::industrialOutput) / 1e5;
		double allOutput = sum(y2021, (r) -> true, AnnualReport::industrialOutput) / 1e5;
		Set<Integer> hte = highTechIn(2021);
		double hteOutput = sum(y2021, (r) -> r.aboveDesignatedSize() && hte.contains((int) r.enterpriseId()),
				AnnualReport::industrialOutput) / 1e5;
		double chainOutput = sum(y2021, (r) -> enterprise(r).chainCode() != null, AnnualReport::industrialOutput) / 1e5;
		double strategicOutput = sum(y2021, (r) -> enterprise(r).strategicEmerging(), AnnualReport::industrialOutput)
				/ 1e5;
		double rd = sum(y2021, (r) -> true, AnnualReport::rdExpense) / 1e5;
		double taxes = sum(y2021, (r) -> true, AnnualReport::taxesPaid) / 1e5;
		double techRevenue = sum(y2021, (r) -> true, AnnualReport::technologyRevenue) / 1e5;
		int employees = y2021.stream().mapToInt(AnnualReport::employees).sum();
		int rdStaff = y2021.stream().mapToInt(AnnualReport::rdStaff).sum();
		int patents = y2021.stream().mapToInt(AnnualReport::inventionPatentsOwned).sum();

		assertThat(aboveOutput).isCloseTo(171, within(0.5));
		assertThat(100 * hteOutput / aboveOutput).isCloseTo(39.2, within(0.3));
		assertThat(100 * chainOutput / allOutput).isCloseTo(56.0, within(0.3));
		assertThat(100 * strategicOutput / allOutput).isCloseTo(23.4, within(0.3));
		assertThat(100 * rd / 180).isCloseTo(2.6, within(0.05));
		assertThat(taxes).isCloseTo(11.3, within(0.05));
		assertThat(techRevenue).isCloseTo(2.7, within(0.05));
		assertThat(100.0 * rdStaff / employees).isCloseTo(8.8, within(0.05));
		assertThat(patents * 10_000.0 / 480_000).isCloseTo(8.9, within(0.05));
	}

	@Test
	void everyReportIsInternallyConsistent() {
		for (AnnualReport report : zone.reports()) {
			assertThat(report.consistencyViolations()).as("report %d/%d", report.enterpriseId(), report.year())
				.isEmpty();
		}
	}

	@Test
	void highTechEnterprisesKeepTheirRevenueBandsAndStaffShare() {
		for (int year = 2019; year <= 2021; year++) {
			for (int index : highTechIn(year)) {
				AnnualReport report = report(index, year);
				BigDecimal revenue = report.operatingRevenue();
				double ratio = report.rdExpense().doubleValue() / revenue.doubleValue();
				double band = (revenue.doubleValue() <= 50_000) ? 0.05
						: (revenue.doubleValue() <= 200_000) ? 0.04 : 0.03;
				assertThat(ratio).as("R&D ratio of %d in %d", index, year).isGreaterThanOrEqualTo(band);
				assertThat(report.stStaff() * 10).as("S&T staff of %d", index)
					.isGreaterThanOrEqualTo(report.employees());
				assertThat(report.highTechRevenue().doubleValue()).isGreaterThanOrEqualTo(0.6 * revenue.doubleValue());
			}
		}
	}

	@Test
	void sameSeedSameZone() {
		SyntheticZone again = new EnterpriseSynthesizer(QJ, new Naming()).synthesize();
		assertThat(again.enterprises()).isEqualTo(zone.enterprises());
		assertThat(again.reports()).isEqualTo(zone.reports());
	}

	@Test
	void silkArtWareLinkIsLeftEmptyForInvestmentAttraction() {
		assertThat(zone.enterprises()).noneMatch((e) -> "QJ-SILK-ART".equals(e.chainLinkCode()));
		assertThat(zone.enterprises()).anyMatch((e) -> "QJ-SILK-REEL".equals(e.chainLinkCode()));
	}

	private static List<AnnualReport> reports(int year) {
		return zone.reports().stream().filter((r) -> r.year() == year).toList();
	}

	private static AnnualReport report(int index, int year) {
		return zone.reports()
			.stream()
			.filter((r) -> r.year() == year && r.enterpriseId() == index)
			.findFirst()
			.orElseThrow();
	}

	private static NewEnterprise enterprise(AnnualReport report) {
		return zone.enterprises().get((int) report.enterpriseId());
	}

	private static Set<Integer> highTechIn(int year) {
		Set<Integer> result = new HashSet<>();
		zone.certificates()
			.stream()
			.filter((c) -> year >= c.issueYear() && year <= c.issueYear() + 2)
			.forEach((c) -> result.add(c.enterprise()));
		return result;
	}

	private static double sum(List<AnnualReport> reports, Predicate<AnnualReport> filter,
			java.util.function.Function<AnnualReport, BigDecimal> field) {
		return reports.stream().filter(filter).map(field).mapToDouble(BigDecimal::doubleValue).sum();
	}

}
