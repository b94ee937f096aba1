package org.gaoxin.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditEntry;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.filing.AnnualReport;
import org.gaoxin.filing.AnnualReports;
import org.gaoxin.enterprise.CreditCode;
import org.gaoxin.enterprise.EnterpriseCounts;
import org.gaoxin.enterprise.EnterpriseSearch;
import org.gaoxin.enterprise.EnterpriseSort;
import org.gaoxin.enterprise.EnterpriseSummary;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.shared.HighTechField;
import org.gaoxin.enterprise.NewEnterprise;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.enterprise.ZoneEnterpriseCounts;
import org.gaoxin.benchmark.RegionalBenchmark;
import org.gaoxin.benchmark.RegionalShares;
import org.gaoxin.shared.Page;
import org.gaoxin.shared.PageRequest;
import org.gaoxin.statistics.ZoneFigures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the persistence layer must do on every supported engine; one subclass per engine
 * runs it against a real database with the demo zone loaded. Tests that write roll back.
 */
public abstract class PersistenceContract {

	private static final DataScope HEADQUARTERS = new DataScope(Role.HEADQUARTERS, DemoAccounts.QIANJIANG, null, null,
			null);

	private static final DataScope ADMIN = DataScope.everything(Role.ADMIN);

	@Autowired
	EnterpriseCounts counts;

	@Autowired
	RegionalBenchmark benchmark;

	@Autowired
	Enterprises enterprises;

	@Autowired
	AnnualReports reports;

	@Autowired
	ZoneFigures figures;

	@Autowired
	AuditLog audit;

	@Autowired
	org.gaoxin.filing.EnterpriseYears filings;

	@Autowired
	org.gaoxin.filing.ReportWorkflow workflow;

	@Test
	void demoZoneHasTheSourcesCountsFor2021() {
		ZoneEnterpriseCounts qianjiang = this.counts.inZone(DemoAccounts.QIANJIANG, 2021);
		assertThat(qianjiang.techSme()).isEqualTo(350);
		assertThat(qianjiang.highTech()).isEqualTo(37);
		assertThat(this.filings.aboveDesignatedSize(DemoAccounts.QIANJIANG, 2021)).isEqualTo(92);
		RegionalShares shares = this.benchmark.shares(DemoAccounts.QIANJIANG, 2021);
		assertThat(shares.regionTechSme()).isEqualTo(1228);
		assertThat(shares.regionHighTech()).isEqualTo(66);
		assertThat(shares.techSmeSharePct()).isEqualByComparingTo("28.5");
		assertThat(shares.highTechSharePct()).isEqualByComparingTo("56.1");
	}

	@Test
	void demoHighTechCountsGrowAsTheCalibrationTableSays() {
		assertThat(List.of(2018, 2019, 2020, 2021)
			.stream()
			.map((y) -> this.counts.inZone(DemoAccounts.QIANJIANG, y).highTech())).containsExactly(21L, 26L, 31L, 37L);
	}

	@Test
	@Transactional
	void changingAZoneFigureIsAuditedFromOldToNew() {
		this.figures.set(DemoAccounts.QIANJIANG, 2021, "gdp", new BigDecimal("181.5"), "test", HEADQUARTERS);
		List<AuditEntry> history = this.audit.forRecord("zone_figure", DemoAccounts.QIANJIANG + "/2021/gdp");
		AuditEntry last = history.get(history.size() - 1);
		assertThat(last.oldValue()).isEqualTo("180");
		assertThat(last.newValue()).isEqualTo("181.5");
		assertThat(this.figures.find(DemoAccounts.QIANJIANG, 2021, "gdp").orElseThrow().number())
			.isEqualByComparingTo("181.5");
	}

	@Test
	void figuresOfAnotherZoneCannotBeChanged() {
		assertThatThrownBy(() -> this.figures.set("WL-IP", 2021, "gdp", BigDecimal.ONE, "test", HEADQUARTERS))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void missingFiguresAreListedAsMissing() {
		assertThat(this.figures.of(DemoAccounts.QIANJIANG, 2005)).isNotEmpty().allMatch((figure) -> figure.missing());
	}

	@Test
	@Transactional
	void aDuplicateCreditCodeIsRejectedWithAClearMessage() {
		EnterpriseSummary existing = this.enterprises.search(EnterpriseSearch.all(2021), ADMIN, new PageRequest(0, 1))
			.items()
			.get(0);
		assertThatThrownBy(() -> this.enterprises.register(enterprise(existing.creditCode()))).isInstanceOfSatisfying(
				org.gaoxin.shared.MessageException.class,
				(ex) -> assertThat(TestTexts.en(ex.text())).contains(existing.creditCode(), "already registered"));
	}

	@Test
	@Transactional
	void anAnnualReportKeepsEveryFieldAndAReplacementIsAuditedFieldByField() {
		long id = this.enterprises.register(enterprise(CreditCode.withCheckCharacter("91500114MA5U3XXXX").value()));
		AnnualReport report = new AnnualReport(id, 2021, ReportStatus.SUBMITTED, false, new BigDecimal("12345.67"),
				new BigDecimal("15000.00"), new BigDecimal("800.00"), new BigDecimal("14000.00"),
				new BigDecimal("9000.00"), new BigDecimal("1000.00"), new BigDecimal("400.00"), new BigDecimal("50.00"),
				new BigDecimal("900.00"), new BigDecimal("850.00"), new BigDecimal("13000.00"),
				new BigDecimal("-120.50"), new BigDecimal("600.00"), new BigDecimal("20000.00"),
				new BigDecimal("8000.00"), new BigDecimal("12000.00"), new BigDecimal("700.00"),
				new BigDecimal("321.00"), 40, 12, 8, 3, 2, 5, 7, 1, 4, 2);
		this.reports.file(report);
		assertThat(this.reports.of(id, 2021, ADMIN)).contains(report);
		AnnualReport revised = new AnnualReport(id, 2021, ReportStatus.SUBMITTED, false, report.industrialOutput(),
				report.operatingRevenue(), report.technologyRevenue(), report.productSalesRevenue(),
				report.highTechRevenue(), report.exportTotal(), report.exportHighTech(), report.exportTechServices(),
				new BigDecimal("950.00"), report.rdExpenseDomestic(), report.totalCosts(), report.netProfit(),
				report.taxesPaid(), report.totalAssets(), report.liabilities(), report.ownersEquity(),
				report.fixedAssetInvestment(), report.energyConsumption(), 41, 12, 8, 3, 2, 5, 7, 1, 4, 2);
		this.reports.file(revised);
		List<AuditEntry> history = this.audit.forRecord("enterprise_report", id + "/2021");
		assertThat(history).extracting(AuditEntry::field).containsExactly(null, "qc236", "qd01");
		assertThat(history.get(1).oldValue()).isEqualTo("900");
		assertThat(history.get(1).newValue()).isEqualTo("950");
	}

	@Test
	@Transactional
	void aReportGoesThroughReviewAndItsHistoryIsKept() {
		long id = this.enterprises.register(TestReports.enterprise(90, "重庆黔江持久化测试科技有限公司", DemoAccounts.QIANJIANG));
		DataScope own = new DataScope(Role.ENTERPRISE, DemoAccounts.QIANJIANG, id, null, null);
		this.workflow.submit(TestReports.report(id, 2022, ReportStatus.DRAFT), "首次", own);
		assertThat(this.workflow.pending(DemoAccounts.QIANJIANG, HEADQUARTERS))
			.extracting(org.gaoxin.filing.PendingReport::enterpriseId)
			.containsExactly(id);
		this.workflow.returnForRevision(id, 2022, "请核对", HEADQUARTERS);
		this.workflow.submit(TestReports.report(id, 2022, ReportStatus.DRAFT), null, own);
		this.workflow.approve(id, 2022, null, HEADQUARTERS);
		assertThatThrownBy(() -> this.reports.file(TestReports.report(id, 2022, ReportStatus.SUBMITTED)))
			.isInstanceOf(org.gaoxin.filing.ReportLockedException.class);
		assertThat(this.workflow.history(id, 2022, HEADQUARTERS))
			.extracting(org.gaoxin.filing.ReportReview::toStatus, org.gaoxin.filing.ReportReview::comment)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ReportStatus.SUBMITTED, "首次"),
					org.assertj.core.groups.Tuple.tuple(ReportStatus.RETURNED, "请核对"),
					org.assertj.core.groups.Tuple.tuple(ReportStatus.SUBMITTED, null),
					org.assertj.core.groups.Tuple.tuple(ReportStatus.APPROVED, null));
		assertThat(this.workflow.history(id, 2022, HEADQUARTERS)).allSatisfy((step) -> {
			assertThat(step.occurredAt()).isNotNull();
			assertThat(step.actor()).isNotBlank();
		});
	}

	@Test
	@Transactional
	void aDraftKeepsItsBlanksAndOnlyCompleteReportsAreFiled() {
		long id = this.enterprises.register(TestReports.enterprise(91, "重庆黔江草稿测试科技有限公司", DemoAccounts.QIANJIANG));
		DataScope own = new DataScope(Role.ENTERPRISE, DemoAccounts.QIANJIANG, id, null, null);
		AnnualReport draft = AnnualReport.draft(id, 2022, false,
				java.util.Map.of(org.gaoxin.filing.ReportField.OPERATING_REVENUE, new BigDecimal("12000"),
						org.gaoxin.filing.ReportField.EMPLOYEES, 120));
		assertThat(this.workflow.saveDraft(draft, 0, own).version()).isEqualTo(1);
		AnnualReport stored = this.reports.of(id, 2022, ADMIN).orElseThrow();
		assertThat(stored.employees()).isEqualTo(120);
		assertThat(stored.rdStaff()).isNull();
		assertThat(stored.totalAssets()).isNull();
		// a stale save changes nothing
		assertThatThrownBy(() -> this.workflow.saveDraft(draft, 0, own))
			.isInstanceOf(org.gaoxin.shared.EditConflict.class);
		assertThat(this.reports.version(id, 2022)).isEqualTo(1);
		// the database itself refuses a filed report with blanks
		assertThatThrownBy(() -> this.reports.file(draft.withStatus(ReportStatus.SUBMITTED), 1))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

	@Test
	@Transactional
	void aZoneFigureSaveNamesTheVersionItRead() {
		int read = this.figures.of(DemoAccounts.QIANJIANG, 2021, HEADQUARTERS)
			.stream()
			.filter((f) -> f.code().equals("gdp"))
			.findFirst()
			.orElseThrow()
			.version();
		ZoneFigures.FigureEdit edit = new ZoneFigures.FigureEdit(DemoAccounts.QIANJIANG, 2021, "gdp",
				new BigDecimal("182"), null, "test", read);
		assertThat(this.figures.save(edit, HEADQUARTERS).version()).isEqualTo(read + 1);
		assertThatThrownBy(() -> this.figures.save(edit, HEADQUARTERS))
			.isInstanceOf(org.gaoxin.shared.EditConflict.class);
		ZoneFigures.FigureEdit first = new ZoneFigures.FigureEdit(DemoAccounts.QIANJIANG, 2017, "gdp",
				new BigDecimal("100"), null, "test", 0);
		assertThat(this.figures.save(first, HEADQUARTERS).version()).isEqualTo(1);
		assertThatThrownBy(() -> this.figures.save(first, HEADQUARTERS))
			.isInstanceOf(org.gaoxin.shared.EditConflict.class);
	}

	@Test
	void searchMatchesTextLiterallyNotAsAPattern() {
		assertThat(this.enterprises.search(search("%"), ADMIN, new PageRequest(0, 5)).total()).isZero();
		assertThat(this.enterprises.search(search("_"), ADMIN, new PageRequest(0, 5)).total()).isZero();
		assertThat(this.enterprises.search(search("黔江"), ADMIN, new PageRequest(0, 5)).total()).isEqualTo(490);
	}

	@Test
	void searchPagesAndSortsByAWhitelistedColumn() {
		EnterpriseSearch byCode = new EnterpriseSearch(null, DemoAccounts.QIANJIANG, 2021, null, null,
				EnterpriseSort.parse("credit_code"), true);
		Page<EnterpriseSummary> first = this.enterprises.search(byCode, ADMIN, new PageRequest(0, 10));
		Page<EnterpriseSummary> second = this.enterprises.search(byCode, ADMIN, new PageRequest(1, 10));
		assertThat(first.total()).isEqualTo(490);
		assertThat(first.items()).extracting(EnterpriseSummary::creditCode)
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(first.items().get(9).creditCode()).isGreaterThan(second.items().get(0).creditCode());
		assertThat(EnterpriseSort.parse("name; DROP TABLE enterprise")).isEqualTo(EnterpriseSort.NAME);
	}

	@Test
	void highTechFilterCountsCertificatesValidInTheYear() {
		EnterpriseSearch highTech = new EnterpriseSearch(null, DemoAccounts.QIANJIANG, 2018, null, true,
				EnterpriseSort.NAME, false);
		assertThat(this.enterprises.search(highTech, ADMIN, new PageRequest(0, 5)).total()).isEqualTo(21);
	}

	@Test
	void anEnterpriseScopeSeesOneEnterprise() {
		EnterpriseSummary any = this.enterprises.search(EnterpriseSearch.all(2021), ADMIN, new PageRequest(3, 1))
			.items()
			.get(0);
		DataScope own = new DataScope(Role.ENTERPRISE, any.zoneCode(), any.id(), null, null);
		Page<EnterpriseSummary> seen = this.enterprises.search(EnterpriseSearch.all(2021), own, new PageRequest(0, 50));
		assertThat(seen.items()).extracting(EnterpriseSummary::id).containsExactly(any.id());
	}

	private static EnterpriseSearch search(String text) {
		return new EnterpriseSearch(text, null, 2021, null, null, EnterpriseSort.NAME, false);
	}

	private static NewEnterprise enterprise(String creditCode) {
		return new NewEnterprise(CreditCode.of(creditCode), "重庆测试科技有限公司", DemoAccounts.QIANJIANG, "软件和信息技术服务",
				HighTechField.ELECTRONIC_INFORMATION, LocalDate.of(2015, 3, 1), false, false, null, null);
	}

}
