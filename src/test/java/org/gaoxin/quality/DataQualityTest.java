package org.gaoxin.quality;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.filing.AnnualReports;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.filing.ReportField;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.quality.internal.QualityThresholds;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.TestReports;
import org.gaoxin.support.TestTexts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each check on enterprises and reports registered through the services for 2023–2024,
 * years the demo has no reports for; every test rolls back.
 */
@DemoApplicationTest
@Transactional
class DataQualityTest {

	private static final int YEAR = 2024;

	private static final DataScope HEADQUARTERS = new DataScope(Role.HEADQUARTERS, DemoAccounts.QIANJIANG, null, null,
			null);

	@Autowired
	DataQuality quality;

	@Autowired
	Enterprises enterprises;

	@Autowired
	AnnualReports reports;

	@Autowired
	QualityThresholds thresholds;

	@Test
	void thresholdsHaveTheirDefaults() {
		assertThat(this.thresholds.jumpFactor()).isEqualByComparingTo("3");
		assertThat(this.thresholds.severeJumpFactor()).isEqualByComparingTo("10");
		assertThat(this.thresholds.maxRdShareOfRevenue()).isEqualByComparingTo("0.5");
		assertThat(this.thresholds.minRevenuePerEmployeeYuan()).isEqualByComparingTo("50000");
		assertThat(this.thresholds.maxRevenuePerEmployeeYuan()).isEqualByComparingTo("20000000");
		assertThat(this.thresholds.maxTaxShareOfRevenue()).isEqualByComparingTo("0.3");
		assertThat(this.thresholds.minJumpBaseThousandYuan()).isEqualByComparingTo("100");
		assertThat(this.thresholds.minJumpBasePersons()).isEqualByComparingTo("10");
	}

	@Test
	void smallAmountsOnBothSidesAreNotComparedButABaseAtTheMinimumIs() {
		long small = register(3, "重庆黔江小基数测试科技有限公司");
		file(small, 2023, Map.of(ReportField.RD_EXPENSE, new BigDecimal("0.67"), ReportField.RD_EXPENSE_DOMESTIC,
				new BigDecimal("0.67")));
		file(small, YEAR, Map.of(ReportField.RD_EXPENSE, new BigDecimal("64.2"), ReportField.RD_EXPENSE_DOMESTIC,
				new BigDecimal("64.2")));
		assertThat(findings(FindingKind.YEAR_OVER_YEAR_JUMP, small)).isEmpty();
		long reaching = register(4, "重庆黔江达基数测试科技有限公司");
		file(reaching, 2023, Map.of(ReportField.RD_EXPENSE, new BigDecimal("10"), ReportField.RD_EXPENSE_DOMESTIC,
				new BigDecimal("10")));
		file(reaching, YEAR, Map.of(ReportField.RD_EXPENSE, new BigDecimal("100"), ReportField.RD_EXPENSE_DOMESTIC,
				new BigDecimal("100")));
		assertThat(findings(FindingKind.YEAR_OVER_YEAR_JUMP, reaching)).extracting(Finding::field)
			.containsExactly(ReportField.RD_EXPENSE);
	}

	@Test
	void jumpsBeyondThreeTimesEitherWayAreFoundAndTenfoldIsAnError() {
		long id = register(1, "重庆黔江跳变测试科技有限公司");
		file(id, 2023, Map.of());
		file(id, YEAR,
				Map.of(ReportField.OPERATING_REVENUE, new BigDecimal("36000.01"), ReportField.EMPLOYEES, 33,
						ReportField.RD_EXPENSE, new BigDecimal("1800"), ReportField.INDUSTRIAL_OUTPUT,
						new BigDecimal("3333.34"), ReportField.TAXES_PAID, new BigDecimal("5000.01")));
		List<Finding> jumps = findings(FindingKind.YEAR_OVER_YEAR_JUMP, id);
		assertThat(jumps).extracting(Finding::field, Finding::severity, Finding::previousValue, Finding::value)
			.containsExactlyInAnyOrder(
					tuple(ReportField.OPERATING_REVENUE, Severity.WARNING, new BigDecimal("12000.00"),
							new BigDecimal("36000.01")),
					tuple(ReportField.EMPLOYEES, Severity.WARNING, new BigDecimal("100"), new BigDecimal("33")),
					tuple(ReportField.TAXES_PAID, Severity.ERROR, new BigDecimal("500.00"), new BigDecimal("5000.01")));
		Finding revenue = jumps.stream().filter((f) -> f.field() == ReportField.OPERATING_REVENUE).findFirst().get();
		assertThat(revenue.message().code()).isEqualTo("quality.finding.jump.up");
		// the quotient computed, said as one: 是上年的 3.00 倍, never 增长 3 倍
		assertThat(TestTexts.zh(revenue.message()))
			.isEqualTo("营业收入由上年的 12000 增至 36000.01(单位:千元),是上年的 3.00 倍(本年 ÷ 上年;超过 3 倍即列出)");
		assertThat(TestTexts.en(revenue.message())).isEqualTo(
				"Operating revenue rose from 12000 last year to 36000.01 (thousand yuan): 3.00 times last year (this year ÷ last year; listed above 3)");
		Finding staff = jumps.stream().filter((f) -> f.field() == ReportField.EMPLOYEES).findFirst().get();
		assertThat(TestTexts.zh(staff.message()))
			.isEqualTo("年末从业人员由上年的 100 降至 33(单位:人),只有上年的 0.33 倍(本年 ÷ 上年;不足 1/3 即列出)");
		assertThat(TestTexts.en(staff.message())).isEqualTo(
				"Employees fell from 100 last year to 33 (persons): 0.33 times last year (this year ÷ last year; listed below 1/3)");
		Finding taxes = jumps.stream().filter((f) -> f.field() == ReportField.TAXES_PAID).findFirst().get();
		assertThat(TestTexts.en(taxes.message())).contains("10.0 times last year");
		assertThat(revenue.link()).isEqualTo("/enterprises/" + id);
		assertThat(revenue.year()).isEqualTo(YEAR);
		assertThat(revenue.creditCode()).isEqualTo(TestReports.enterprise(1, "x", "x").creditCode().value());
	}

	@Test
	void aFigureThatWasZeroHasNoBaseForAJump() {
		long id = register(2, "重庆黔江零基数测试科技有限公司");
		file(id, 2023,
				Map.of(ReportField.RD_EXPENSE, BigDecimal.ZERO, ReportField.RD_EXPENSE_DOMESTIC, BigDecimal.ZERO));
		file(id, YEAR, Map.of());
		assertThat(findings(FindingKind.YEAR_OVER_YEAR_JUMP, id)).isEmpty();
	}

	@Test
	void ratiosOnTheirBoundariesPassAndJustBeyondAreFound() {
		long onBoundary = register(3, "重庆黔江边界值测试科技有限公司");
		file(onBoundary, YEAR, Map.of(ReportField.OPERATING_REVENUE, new BigDecimal("5000"), ReportField.RD_EXPENSE,
				new BigDecimal("2500"), ReportField.TAXES_PAID, new BigDecimal("1500")));
		long beyond = register(4, "重庆黔江越界值测试科技有限公司");
		file(beyond, YEAR,
				Map.of(ReportField.OPERATING_REVENUE, new BigDecimal("5000"), ReportField.RD_EXPENSE,
						new BigDecimal("2500.01"), ReportField.TAXES_PAID, new BigDecimal("1500.01"),
						ReportField.EMPLOYEES, 101));
		long richOnBoundary = register(5, "重庆黔江高人均边界测试科技有限公司");
		file(richOnBoundary, YEAR, Map.of(ReportField.OPERATING_REVENUE, new BigDecimal("2000000")));
		long richBeyond = register(6, "重庆黔江高人均越界测试科技有限公司");
		file(richBeyond, YEAR,
				Map.of(ReportField.OPERATING_REVENUE, new BigDecimal("2000000"), ReportField.EMPLOYEES, 99));
		assertThat(findings(FindingKind.IMPLAUSIBLE_RATIO, onBoundary, richOnBoundary)).isEmpty();
		assertThat(findings(FindingKind.IMPLAUSIBLE_RATIO, beyond))
			.extracting(Finding::field, Finding::value, Finding::unit)
			.containsExactlyInAnyOrder(
					tuple(ReportField.RD_EXPENSE, new BigDecimal("50.0"), org.gaoxin.shared.Unit.PERCENT),
					tuple(ReportField.TAXES_PAID, new BigDecimal("30.0"), org.gaoxin.shared.Unit.PERCENT),
					tuple(ReportField.OPERATING_REVENUE, new BigDecimal("49.50"),
							org.gaoxin.shared.Unit.THOUSAND_YUAN));
		assertThat(findings(FindingKind.IMPLAUSIBLE_RATIO, richBeyond)).singleElement().satisfies((f) -> {
			assertThat(f.value()).isEqualByComparingTo("20202.02");
			assertThat(TestTexts.zh(f.message())).isEqualTo("人均营业收入 20202.02 千元,高于 20000 千元");
			assertThat(TestTexts.en(f.message()))
				.isEqualTo("Operating revenue per employee is 20202.02 thousand yuan, above 20000 thousand yuan");
		});
	}

	@Test
	void enterprisesThatReportedLastYearButNotThisYearAreFound() {
		long gone = register(7, "重庆黔江未报测试科技有限公司");
		file(gone, 2023, Map.of());
		long drafting = register(8, "重庆黔江草稿测试科技有限公司");
		file(drafting, 2023, Map.of());
		this.reports.file(TestReports.report(drafting, YEAR, ReportStatus.DRAFT));
		long filed = register(9, "重庆黔江已报测试科技有限公司");
		file(filed, 2023, Map.of());
		this.reports.file(TestReports.report(filed, YEAR, ReportStatus.SUBMITTED));
		long newcomer = register(10, "重庆黔江新报测试科技有限公司");
		file(newcomer, YEAR, Map.of());
		assertThat(findings(FindingKind.MISSING_REPORT, gone, drafting, filed, newcomer))
			.extracting(Finding::enterpriseId)
			.containsExactlyInAnyOrder(gone, drafting);
		assertThat(findings(FindingKind.MISSING_REPORT, gone)).singleElement().satisfies((f) -> {
			assertThat(TestTexts.en(f.message())).isEqualTo("Filed a report for 2023 but none for 2024");
			assertThat(TestTexts.zh(f.message())).isEqualTo("2023年报送了年报,2024年没有年报");
		});
	}

	@Test
	void namesEqualOnceNormalisedAreDuplicates() {
		long a = register(11, "重庆黔江测试甲乙科技有限公司");
		long b = register(12, "测试甲乙科技(黔江)股份有限公司");
		long c = register(13, "黔江区 测试甲乙科技有限责任公司");
		long other = register(14, "重庆黔江测试甲乙智能科技有限公司");
		List<Finding> duplicates = findings(FindingKind.DUPLICATE_NAME, a, b, c, other);
		assertThat(duplicates).extracting(Finding::enterpriseId).containsExactlyInAnyOrder(a, b, c);
		assertThat(duplicates).allSatisfy((f) -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
		Finding first = duplicates.stream().filter((f) -> f.enterpriseId() == a).findFirst().get();
		assertThat(TestTexts.zh(first.message())).contains("测试甲乙科技(黔江)股份有限公司", "黔江区 测试甲乙科技有限责任公司")
			.doesNotContain("重庆黔江测试甲乙科技有限公司 (");
		assertThat(TestTexts.en(first.message())).startsWith("Same name as 测试甲乙科技(黔江)股份有限公司 (")
			.contains("), 黔江区 测试甲乙科技有限责任公司 (");
	}

	@Test
	void identicalRevenueEmployeesAndAssetsUnderTwoCreditCodesAreDuplicates() {
		long a = register(15, "重庆黔江同数甲测试有限公司");
		long b = register(16, "重庆黔江同数乙测试有限公司");
		long differentAssets = register(17, "重庆黔江同数丙测试有限公司");
		long lastYearOnly = register(18, "重庆黔江同数丁测试有限公司");
		file(a, YEAR, Map.of());
		file(b, YEAR, Map.of());
		file(differentAssets, YEAR, Map.of(ReportField.TOTAL_ASSETS, new BigDecimal("20001")));
		file(lastYearOnly, 2023, Map.of());
		assertThat(findings(FindingKind.DUPLICATE_FIGURES, a, b, differentAssets, lastYearOnly))
			.extracting(Finding::enterpriseId, Finding::severity)
			.containsExactlyInAnyOrder(tuple(a, Severity.ERROR), tuple(b, Severity.ERROR));
	}

	@Test
	void aHeadCountAloneIsNoDuplicateAndALongListOfOthersIsCut() {
		Map<ReportField, BigDecimal> dormant = Map.of(ReportField.OPERATING_REVENUE, BigDecimal.ZERO,
				ReportField.TOTAL_ASSETS, BigDecimal.ZERO);
		long dormantA = register(20, "重庆黔江休眠甲测试有限公司");
		long dormantB = register(21, "重庆黔江休眠乙测试有限公司");
		file(dormantA, YEAR, dormant);
		file(dormantB, YEAR, dormant);
		Long[] same = new Long[5];
		for (int i = 0; i < same.length; i++) {
			same[i] = register(22 + i, "重庆黔江批量" + "一二三四五".charAt(i) + "测试有限公司");
			file(same[i], YEAR, Map.of());
		}
		assertThat(findings(FindingKind.DUPLICATE_FIGURES, dormantA, dormantB)).isEmpty();
		List<Finding> group = findings(FindingKind.DUPLICATE_FIGURES, same);
		assertThat(group).hasSize(5);
		assertThat(group).allSatisfy((f) -> {
			assertThat(TestTexts.zh(f.message())).endsWith("等另外 1 家 完全相同");
			assertThat(TestTexts.en(f.message())).contains(", and 1 more");
		});
	}

	@Test
	void theZoneMustBeReadableAndEnterpriseUsersAreRefused() {
		long id = register(19, "重庆黔江范围测试科技有限公司");
		file(id, 2023, Map.of());
		DataScope enterprise = new DataScope(Role.ENTERPRISE, DemoAccounts.QIANJIANG, id, null, null);
		assertThatThrownBy(() -> this.quality.check(DemoAccounts.QIANJIANG, YEAR, enterprise))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.quality.check("WL-IP", YEAR, HEADQUARTERS))
			.isInstanceOf(AccessDeniedException.class);
		DataScope wulong = new DataScope(Role.DEPARTMENT, "WL-IP", null, null, "KJJ");
		assertThatThrownBy(() -> this.quality.check(DemoAccounts.QIANJIANG, YEAR, wulong))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.quality.check(DemoAccounts.QIANJIANG, YEAR, DataScope.everything(Role.VIEWER)))
			.extracting(Finding::enterpriseId)
			.contains(id);
		DataScope chainLeader = new DataScope(Role.CHAIN_LEADER, DemoAccounts.QIANJIANG, null, "QJ-SILK", null);
		assertThat(this.quality.check(DemoAccounts.QIANJIANG, YEAR, chainLeader)).extracting(Finding::enterpriseId)
			.doesNotContain(id);
	}

	@Test
	void theDemoZoneIsCheckedWithoutDuplicates() {
		List<Finding> findings = this.quality.check(DemoAccounts.QIANJIANG, 2021, HEADQUARTERS);
		assertThat(findings)
			.noneMatch((f) -> f.kind() == FindingKind.DUPLICATE_NAME || f.kind() == FindingKind.DUPLICATE_FIGURES);
		assertThat(findings).allSatisfy((f) -> assertThat(f.link()).isEqualTo("/enterprises/" + f.enterpriseId()));
	}

	private long register(int n, String name) {
		return this.enterprises.register(TestReports.enterprise(n, name, DemoAccounts.QIANJIANG));
	}

	private void file(long id, int year, Map<ReportField, ? extends Number> changes) {
		this.reports.file(TestReports.report(id, year, ReportStatus.APPROVED, changes));
	}

	private List<Finding> findings(FindingKind kind, Long... ids) {
		Set<Long> wanted = Set.of(ids);
		return this.quality.check(DemoAccounts.QIANJIANG, YEAR, HEADQUARTERS)
			.stream()
			.filter((f) -> f.kind() == kind && wanted.contains(f.enterpriseId()))
			.toList();
	}

}
