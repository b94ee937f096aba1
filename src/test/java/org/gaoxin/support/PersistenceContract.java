package org.gaoxin.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditEntry;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.audit.AuditSearch;
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
import org.gaoxin.enterprise.YearQualification;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.enterprise.ZoneEnterpriseCounts;
import org.gaoxin.benchmark.RegionalBenchmark;
import org.gaoxin.quality.DataQuality;
import org.gaoxin.quality.Finding;
import org.gaoxin.quality.FindingKey;
import org.gaoxin.quality.FindingKind;
import org.gaoxin.quality.FindingReview;
import org.gaoxin.quality.FindingReviews;
import org.gaoxin.quality.FindingStatus;
import org.gaoxin.quality.internal.FindingReviewRows;
import org.gaoxin.benchmark.RegionalShares;
import org.gaoxin.qualification.Declarations;
import org.gaoxin.qualification.ExpertReviews;
import org.gaoxin.qualification.rules.DeclaredFacts;
import org.gaoxin.qualification.rules.ExpertScores;
import org.gaoxin.qualification.rules.IpAcquisition;
import org.gaoxin.shared.Page;
import org.gaoxin.shared.PageRequest;
import org.gaoxin.statistics.ZoneFigures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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

	@Autowired
	Declarations declarations;

	@Autowired
	ExpertReviews reviews;

	@Autowired
	DataQuality quality;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@Autowired
	FindingReviews findingReviews;

	@Autowired
	FindingReviewRows findingReviewRows;

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
	void aFindingsStatusIsKeptUnderItsKeyChangedAuditedAndOutlivesTheFinding() {
		long id = this.enterprises.register(TestReports.enterprise(91, "重庆黔江质量状态测试科技有限公司", DemoAccounts.QIANJIANG));
		this.reports.file(TestReports.report(id, 2023, ReportStatus.APPROVED));
		FindingKey missing = new FindingKey(DemoAccounts.QIANJIANG, 2024, FindingKind.MISSING_REPORT, id, null);
		FindingKey jump = new FindingKey(DemoAccounts.QIANJIANG, 2024, FindingKind.YEAR_OVER_YEAR_JUMP, id,
				org.gaoxin.filing.ReportField.OPERATING_REVENUE);
		assertThat(this.findingReviews.record(missing, FindingStatus.EXPLAINED, "2024年停产", HEADQUARTERS).review())
			.extracting(FindingReview::status, FindingReview::comment)
			.containsExactly(FindingStatus.EXPLAINED, "2024年停产");
		this.findingReviews.record(missing, FindingStatus.FIXED, null, HEADQUARTERS);
		assertThat(this.quality.check(DemoAccounts.QIANJIANG, 2024, HEADQUARTERS))
			.filteredOn((finding) -> finding.enterpriseId() == id)
			.singleElement()
			.satisfies((finding) -> assertThat(finding.review().status()).isEqualTo(FindingStatus.FIXED));
		assertThat(this.audit.forRecord("finding_review", missing.auditKey()))
			.extracting(AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
			.containsExactly(tuple("status", "OPEN", "EXPLAINED"), tuple("comment", null, "2024年停产"),
					tuple("status", "EXPLAINED", "FIXED"), tuple("comment", "2024年停产", null));
		this.reports.file(TestReports.report(id, 2024, ReportStatus.SUBMITTED,
				java.util.Map.of(org.gaoxin.filing.ReportField.OPERATING_REVENUE, new BigDecimal("240000"))));
		this.findingReviews.record(jump, FindingStatus.EXPLAINED, "新产线投产", HEADQUARTERS);
		assertThat(this.quality.check(DemoAccounts.QIANJIANG, 2024, HEADQUARTERS))
			.filteredOn((finding) -> finding.enterpriseId() == id)
			.extracting(Finding::kind, (finding) -> finding.review().status())
			.contains(tuple(FindingKind.YEAR_OVER_YEAR_JUMP, FindingStatus.EXPLAINED))
			.doesNotContain(tuple(FindingKind.MISSING_REPORT, FindingStatus.FIXED));
		java.util.Map<FindingKey, FindingReview> kept = this.findingReviewRows.inZoneYear(DemoAccounts.QIANJIANG, 2024);
		assertThat(kept.get(missing).status()).isEqualTo(FindingStatus.FIXED);
		assertThat(kept.get(jump).status()).isEqualTo(FindingStatus.EXPLAINED);
		assertThatThrownBy(() -> this.findingReviews.record(missing, FindingStatus.OPEN, null, HEADQUARTERS))
			.isInstanceOf(org.gaoxin.shared.NotFoundException.class);
	}

	@Test
	@Transactional
	void theAuditLogIsSearchedByPersonRecordAndLocalDays() {
		java.time.ZoneId zone = this.clock.getZone();
		this.jdbc.sql("""
				INSERT INTO audit_log (occurred_at, actor, action, entity, entity_key, field, old_value, new_value)
				VALUES (:at, 'archivist', 'UPDATE', 'enterprise_report', '4242/1999', 'qc236', '900', '950')""")
			.param("at", java.time.LocalDateTime.of(2020, 3, 1, 23, 30).atZone(zone).toOffsetDateTime())
			.update();
		PageRequest all = new PageRequest(0, 50);
		assertThat(this.audit.search(new AuditSearch("ARCHIV", null, null, null, null), all).items())
			.extracting(AuditEntry::entityKey)
			.containsExactly("4242/1999");
		assertThat(this.audit.search(new AuditSearch(null, "enterprise_report", "42/199", null, null), all).total())
			.isEqualTo(1);
		assertThat(this.audit.search(new AuditSearch(null, "enterprise", "42/199", null, null), all).total()).isZero();
		assertThat(this.audit.search(new AuditSearch(null, null, "%", null, null), all).total()).isZero();
		java.time.LocalDate day = java.time.LocalDate.of(2020, 3, 1);
		assertThat(this.audit.search(new AuditSearch(null, null, null, day, day), all).items())
			.extracting(AuditEntry::actor)
			.containsExactly("archivist");
		assertThat(this.audit.search(new AuditSearch(null, null, null, day.plusDays(1), day.plusDays(1)), all).total())
			.isZero();
		assertThat(this.audit.list(new AuditSearch(null, null, null, null, day), 5)).hasSize(1);
		assertThat(this.audit.entities()).contains("enterprise", "enterprise_report", "zone_figure");
	}

	@Test
	@Transactional
	void reviewersCountWhatAwaitsThemAndSeeTheirLatestApprovals() {
		long id = this.enterprises.register(TestReports.enterprise(92, "重庆黔江待审计数测试科技有限公司", DemoAccounts.QIANJIANG));
		DataScope own = new DataScope(Role.ENTERPRISE, DemoAccounts.QIANJIANG, id, null, null);
		this.workflow.submit(TestReports.report(id, 2022, ReportStatus.DRAFT), null, own);
		int pending = this.workflow.pending(DemoAccounts.QIANJIANG, HEADQUARTERS).size();
		assertThat(pending).isPositive();
		assertThat(this.workflow.pendingCount(HEADQUARTERS)).isEqualTo(pending);
		assertThat(this.workflow.pendingCount(ADMIN)).isEqualTo(pending);
		assertThat(this.workflow.pendingCount(DataScope.everything(Role.VIEWER))).isZero();
		assertThat(this.workflow.pendingCount(own)).isZero();
		this.workflow.approve(id, 2022, null, HEADQUARTERS);
		assertThat(this.workflow.pendingCount(HEADQUARTERS)).isEqualTo(pending - 1);
		assertThat(this.workflow.recentlyApproved(DemoAccounts.QIANJIANG, 5, HEADQUARTERS)).first()
			.satisfies((approved) -> {
				assertThat(approved.enterpriseId()).isEqualTo(id);
				assertThat(approved.year()).isEqualTo(2022);
				assertThat(approved.approvedAt()).isNotNull();
			});
		this.workflow.reopen(id, 2022, "更正", HEADQUARTERS);
		assertThat(this.workflow.recentlyApproved(DemoAccounts.QIANJIANG, 5, HEADQUARTERS))
			.noneMatch((approved) -> approved.enterpriseId() == id);
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

	@Test
	@Transactional
	void declarationsAndExpertScoresKeepUndeclaredPartsAndAreReadByZone() {
		long id = this.enterprises.register(TestReports.enterprise(91, "重庆黔江声明测试科技有限公司", DemoAccounts.QIANJIANG));
		DataScope own = new DataScope(Role.ENTERPRISE, DemoAccounts.QIANJIANG, id, null, null);
		DeclaredFacts partly = new DeclaredFacts(false, null, true, null, false, IpAcquisition.OWN_RESEARCH, null);
		this.declarations.declare(id, 2021, partly, own);
		this.declarations.declare(id, 2021, partly, own);
		ExpertScores scores = new ExpertScores(8, null, 0, 6, null, 4, 4, 6);
		this.reviews.enter(id, 2021, scores, HEADQUARTERS);

		org.gaoxin.qualification.Declaration stored = this.declarations.find(id, 2021, HEADQUARTERS).orElseThrow();
		assertThat(stored.facts()).isEqualTo(partly);
		assertThat(stored.declaredAt()).isNotNull();
		assertThat(this.reviews.find(id, 2021, own).orElseThrow().scores()).isEqualTo(scores);
		assertThat(this.declarations.inZone(DemoAccounts.QIANJIANG, 2020, 2021, HEADQUARTERS).get(id))
			.containsExactly(java.util.Map.entry(2021, partly));
		assertThat(this.reviews.inZone(DemoAccounts.QIANJIANG, 2021, HEADQUARTERS)).containsEntry(id, scores);
		assertThat(this.reviews.inZone(DemoAccounts.QIANJIANG, 2021, own)).containsOnlyKeys(id);
		assertThat(this.audit.forRecord("enterprise_declaration", id + "/2021")).hasSize(1);
	}

	@Test
	void searchFiltersByIndustryChainLinkAndTheYearsQualification() {
		EnterpriseSearch reeling = new EnterpriseSearch(null, DemoAccounts.QIANJIANG, 2021, null, null,
				EnterpriseSort.NAME, false, null, "QJ-SILK", "QJ-SILK-REEL", null);
		assertThat(this.enterprises.search(reeling, ADMIN, new PageRequest(0, 200)).items()).isNotEmpty()
			.allSatisfy((e) -> assertThat(e.chainLinkCode()).isEqualTo("QJ-SILK-REEL"));
		EnterpriseSearch software = new EnterpriseSearch(null, null, 2021, null, null, EnterpriseSort.NAME, false,
				"软件和信息技术服务", null, null, null);
		assertThat(this.enterprises.search(software, ADMIN, new PageRequest(0, 200)).items()).isNotEmpty()
			.allSatisfy((e) -> assertThat(e.industry()).isEqualTo("软件和信息技术服务"));
		Page<EnterpriseSummary> neither = this.enterprises.search(qualified(YearQualification.NEITHER, null), ADMIN,
				new PageRequest(0, 200));
		assertThat(neither.items()).isNotEmpty()
			.allSatisfy((e) -> assertThat(e.highTechInYear() || e.techSmeInYear()).isFalse());
		long highTech = total(qualified(YearQualification.HIGH_TECH, null));
		long techSme = total(qualified(YearQualification.TECH_SME, null));
		long both = total(qualified(YearQualification.TECH_SME, true));
		assertThat(highTech).isEqualTo(37);
		assertThat(techSme).isEqualTo(350);
		assertThat(highTech + techSme - both + neither.total()).isEqualTo(490);
	}

	@Test
	void theIndustriesOfferedAreThoseTheScopeSees() {
		DataScope chainLeader = new DataScope(Role.CHAIN_LEADER, DemoAccounts.QIANJIANG, null, "QJ-SILK", null);
		assertThat(this.enterprises.industries(chainLeader)).isNotEmpty()
			.isSubsetOf("缫丝加工", "丝绢纺织及印染精加工", "服装制造", "艺术品精深加工");
		assertThat(this.enterprises.industries(ADMIN)).contains("软件和信息技术服务", "缫丝加工").doesNotHaveDuplicates();
	}

	// --- scoring and benchmark (issue 15) ---

	@Autowired
	org.gaoxin.evaluation.QualitativeScores qualitativeScores;

	@Autowired
	org.gaoxin.evaluation.Scorer scorer;

	@Autowired
	org.gaoxin.benchmark.Benchmarks benchmarks;

	@Test
	@Transactional
	void aQualitativeScoreIsKeptVersionedAndAuditedAndCountsInTheScore() {
		DataScope department = new DataScope(Role.DEPARTMENT, DemoAccounts.QIANJIANG, null, null, "KJJ");
		org.gaoxin.evaluation.QualitativeScore first = this.qualitativeScores.enter("CN-NATIONAL-HTZ-EVAL", "N52",
				DemoAccounts.QIANJIANG, 2021, new BigDecimal("87.25"), "管委会+平台公司", 0, department);
		assertThat(first.score()).isEqualByComparingTo("87.25");
		assertThat(first.version()).isEqualTo(1);
		org.gaoxin.evaluation.QualitativeScore second = this.qualitativeScores.enter("CN-NATIONAL-HTZ-EVAL", "N52",
				DemoAccounts.QIANJIANG, 2021, new BigDecimal("90"), null, 1, department);
		assertThat(second.version()).isEqualTo(2);
		assertThat(second.note()).isNull();
		assertThatThrownBy(() -> this.qualitativeScores.enter("CN-NATIONAL-HTZ-EVAL", "N52", DemoAccounts.QIANJIANG,
				2021, BigDecimal.ONE, null, 1, department))
			.isInstanceOf(org.gaoxin.shared.EditConflict.class);
		assertThat(this.audit.forRecord("qualitative_score", "CN-NATIONAL-HTZ-EVAL/N52/QJ-HTZ/2021"))
			.anySatisfy((entry) -> {
				assertThat(entry.field()).isEqualTo("score");
				assertThat(entry.oldValue()).isEqualTo("87.25");
				assertThat(entry.newValue()).isEqualTo("90");
			});
		org.gaoxin.evaluation.ScoreCard card = this.scorer.score(DemoAccounts.QIANJIANG, 2021, "CN-NATIONAL-HTZ-EVAL",
				null, null, ADMIN);
		assertThat(card.indicators().get(12).value()).isEqualByComparingTo("90");
		assertThat(card.peerCount()).isEqualTo(6);
	}

	@Test
	void theBenchmarkGivesTheSourcesSharesFromTheDistrictsFigures() {
		org.gaoxin.benchmark.Benchmark techSmes = this.benchmarks.compare(DemoAccounts.QIANJIANG, 2021, null,
				"aggregate:tech_smes", org.gaoxin.benchmark.BenchmarkLevel.DISTRICTS, null, ADMIN);
		assertThat(techSmes.regionTotal()).isEqualByComparingTo("1228");
		assertThat(techSmes.rows().get(0).sharePct()).isEqualByComparingTo("28.5");
		org.gaoxin.benchmark.Benchmark highTech = this.benchmarks.compare(DemoAccounts.QIANJIANG, 2021, null,
				"aggregate:high_tech_enterprises", org.gaoxin.benchmark.BenchmarkLevel.ZONES, null, ADMIN);
		assertThat(highTech.regionTotal()).isEqualByComparingTo("66");
		assertThat(highTech.rows().get(0).sharePct()).isEqualByComparingTo("56.1");
	}

	private long total(EnterpriseSearch search) {
		return this.enterprises.search(search, ADMIN, new PageRequest(0, 1)).total();
	}

	private static EnterpriseSearch qualified(YearQualification qualification, Boolean highTech) {
		return new EnterpriseSearch(null, DemoAccounts.QIANJIANG, 2021, null, highTech, EnterpriseSort.NAME, false,
				null, null, null, qualification);
	}

	private static EnterpriseSearch search(String text) {
		return new EnterpriseSearch(text, null, 2021, null, null, EnterpriseSort.NAME, false);
	}

	private static NewEnterprise enterprise(String creditCode) {
		return new NewEnterprise(CreditCode.of(creditCode), "重庆测试科技有限公司", DemoAccounts.QIANJIANG, "软件和信息技术服务",
				HighTechField.ELECTRONIC_INFORMATION, LocalDate.of(2015, 3, 1), false, false, null, null);
	}

}
