package org.gaoxin.filing;

import org.gaoxin.enterprise.EnterpriseCounts;
import org.gaoxin.enterprise.Enterprises;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditEntry;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.ReportingYears;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.TestReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The submission workflow on the demo database: transitions, the lock, scopes and the
 * audit trail. Every test writes inside a transaction that is rolled back, and files for
 * an enterprise of its own (or reopens a demo report only until the rollback).
 */
@DemoApplicationTest
@Transactional
@WithMockUser("workflow-tester")
class ReportWorkflowTest {

	private static final int YEAR = 2022;

	private static final DataScope DEPARTMENT = new DataScope(Role.DEPARTMENT, DemoAccounts.QIANJIANG, null, null,
			"KJJ");

	private static final DataScope HEADQUARTERS = new DataScope(Role.HEADQUARTERS, DemoAccounts.QIANJIANG, null, null,
			null);

	private static final DataScope OTHER_ZONE_DEPARTMENT = new DataScope(Role.DEPARTMENT, "WL-IP", null, null, "KJJ");

	private static final DataScope VIEWER = DataScope.everything(Role.VIEWER);

	private static final DataScope ADMIN = DataScope.everything(Role.ADMIN);

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	AnnualReports reports;

	@Autowired
	Enterprises enterprises;

	@Autowired
	AuditLog audit;

	@Autowired
	EnterpriseYears years;

	@Autowired
	ReportingYears dataYears;

	@Autowired
	EnterpriseCounts counts;

	@Autowired
	org.gaoxin.filing.internal.ReportReviews reviews;

	@Autowired
	java.time.Clock clock;

	private long id;

	private DataScope own;

	@BeforeEach
	void registerAnEnterpriseOfOurOwn() {
		this.id = this.enterprises.register(TestReports.enterprise(1, "重庆黔江工作流测试科技有限公司", DemoAccounts.QIANJIANG));
		this.own = new DataScope(Role.ENTERPRISE, DemoAccounts.QIANJIANG, this.id, null, null);
	}

	@Test
	void draftIsSavedAgainThenSubmittedAndApproved() {
		this.workflow.saveDraft(draft(), this.own);
		assertThat(status()).isEqualTo(ReportStatus.DRAFT);
		this.workflow.saveDraft(draft(Map.of(ReportField.EMPLOYEES, 120)), this.own);
		assertThat(stored().employees()).isEqualTo(120);
		assertThat(status()).isEqualTo(ReportStatus.DRAFT);
		this.workflow.submit(draft(), "首次填报", this.own);
		assertThat(status()).isEqualTo(ReportStatus.SUBMITTED);
		this.workflow.approve(this.id, YEAR, null, DEPARTMENT);
		assertThat(status()).isEqualTo(ReportStatus.APPROVED);
		assertThat(this.workflow.history(this.id, YEAR, this.own))
			.extracting(ReportReview::action, ReportReview::fromStatus, ReportReview::toStatus, ReportReview::comment)
			.containsExactly(tuple(ReviewAction.SUBMIT, ReportStatus.DRAFT, ReportStatus.SUBMITTED, "首次填报"),
					tuple(ReviewAction.APPROVE, ReportStatus.SUBMITTED, ReportStatus.APPROVED, null));
	}

	@Test
	void aReportIsSubmittedWithoutADraft() {
		this.workflow.submit(draft(), null, this.own);
		assertThat(status()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(this.workflow.history(this.id, YEAR, this.own)).singleElement()
			.satisfies((step) -> assertThat(step.fromStatus()).isNull());
	}

	@Test
	void aReturnedReportIsCorrectedAndSubmittedAgain() {
		this.workflow.submit(draft(), null, this.own);
		this.workflow.returnForRevision(this.id, YEAR, "研发费用与辅助账不符", HEADQUARTERS);
		assertThat(status()).isEqualTo(ReportStatus.RETURNED);
		this.workflow.saveDraft(draft(Map.of(ReportField.RD_EXPENSE, new BigDecimal("550"),
				ReportField.RD_EXPENSE_DOMESTIC, new BigDecimal("550"))), this.own);
		assertThat(status()).as("saving keeps the reviewer's comment current").isEqualTo(ReportStatus.RETURNED);
		this.workflow.submit(stored(), "已按辅助账更正", this.own);
		assertThat(status()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(stored().rdExpense()).isEqualByComparingTo("550");
		assertThat(this.workflow.history(this.id, YEAR, DEPARTMENT))
			.extracting(ReportReview::action, ReportReview::toStatus, ReportReview::comment)
			.containsExactly(tuple(ReviewAction.SUBMIT, ReportStatus.SUBMITTED, null),
					tuple(ReviewAction.RETURN, ReportStatus.RETURNED, "研发费用与辅助账不符"),
					tuple(ReviewAction.SUBMIT, ReportStatus.SUBMITTED, "已按辅助账更正"));
	}

	@Test
	void returningNeedsAComment() {
		this.workflow.submit(draft(), null, this.own);
		assertThatThrownBy(() -> this.workflow.returnForRevision(this.id, YEAR, "  ", DEPARTMENT))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(status()).isEqualTo(ReportStatus.SUBMITTED);
	}

	@Test
	void theEnterpriseCannotChangeAReportUnderReview() {
		this.workflow.submit(draft(), null, this.own);
		assertThatThrownBy(() -> this.workflow.saveDraft(draft(), this.own)).isInstanceOf(ReportStateException.class)
			.isNotInstanceOf(ReportLockedException.class);
		assertThatThrownBy(() -> this.workflow.submit(draft(), null, this.own))
			.isInstanceOf(ReportStateException.class);
	}

	@Test
	void reviewersActOnlyOnSubmittedReports() {
		assertThatThrownBy(() -> this.workflow.approve(this.id, YEAR, null, DEPARTMENT)).as("no report for the year")
			.isInstanceOf(NotFoundException.class);
		this.workflow.saveDraft(draft(), this.own);
		assertThatThrownBy(() -> this.workflow.approve(this.id, YEAR, null, DEPARTMENT))
			.isInstanceOf(ReportStateException.class);
		assertThatThrownBy(() -> this.workflow.returnForRevision(this.id, YEAR, "x", DEPARTMENT))
			.isInstanceOf(ReportStateException.class);
		assertThatThrownBy(() -> this.workflow.reopen(this.id, YEAR, "x", DEPARTMENT))
			.isInstanceOf(ReportStateException.class);
		this.workflow.submit(draft(), null, this.own);
		assertThatThrownBy(() -> this.workflow.reopen(this.id, YEAR, "x", DEPARTMENT))
			.isInstanceOf(ReportStateException.class);
		this.workflow.returnForRevision(this.id, YEAR, "请补充", DEPARTMENT);
		assertThatThrownBy(() -> this.workflow.approve(this.id, YEAR, null, DEPARTMENT))
			.isInstanceOf(ReportStateException.class);
		assertThatThrownBy(() -> this.workflow.returnForRevision(this.id, YEAR, "x", DEPARTMENT))
			.isInstanceOf(ReportStateException.class);
		assertThatThrownBy(() -> this.workflow.reopen(this.id, YEAR, "x", DEPARTMENT))
			.isInstanceOf(ReportStateException.class);
		assertThat(status()).isEqualTo(ReportStatus.RETURNED);
	}

	@Test
	void anApprovedReportIsLockedAgainstEveryChangeButReopening() {
		this.workflow.submit(draft(), null, this.own);
		this.workflow.approve(this.id, YEAR, "无误", DEPARTMENT);
		AnnualReport approved = stored();
		assertThatThrownBy(() -> this.workflow.saveDraft(draft(), this.own)).isInstanceOf(ReportLockedException.class);
		assertThatThrownBy(() -> this.workflow.submit(draft(), null, this.own))
			.isInstanceOf(ReportLockedException.class);
		assertThatThrownBy(() -> this.workflow.approve(this.id, YEAR, null, DEPARTMENT))
			.isInstanceOf(ReportLockedException.class);
		assertThatThrownBy(() -> this.workflow.returnForRevision(this.id, YEAR, "x", DEPARTMENT))
			.isInstanceOf(ReportLockedException.class);
		assertThatThrownBy(() -> this.reports.file(approved.withStatus(ReportStatus.DRAFT)))
			.isInstanceOf(ReportLockedException.class);
		assertThat(stored()).isEqualTo(approved);
	}

	@Test
	void fileRefusesToReplaceAnApprovedDemoReport() {
		AnnualReport demo = approvedDemoReport();
		AnnualReport changed = TestReports.report(demo.enterpriseId(), demo.year(), ReportStatus.APPROVED);
		assertThatThrownBy(() -> this.reports.file(changed)).isInstanceOf(ReportLockedException.class);
		assertThat(this.reports.of(demo.enterpriseId(), demo.year(), ADMIN)).contains(demo);
	}

	@Test
	void reopeningNeedsAReasonAndAReviewerOfTheZone() {
		AnnualReport demo = approvedDemoReport();
		long demoId = demo.enterpriseId();
		DataScope demoEnterprise = new DataScope(Role.ENTERPRISE, DemoAccounts.QIANJIANG, demoId, null, null);
		assertThatThrownBy(() -> this.workflow.reopen(demoId, 2021, " ", DEPARTMENT))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.workflow.reopen(demoId, 2021, "更正", VIEWER))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.workflow.reopen(demoId, 2021, "更正", demoEnterprise))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.workflow.reopen(demoId, 2021, "更正", OTHER_ZONE_DEPARTMENT))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.reports.of(demoId, 2021, ADMIN).orElseThrow().status()).isEqualTo(ReportStatus.APPROVED);
		this.workflow.reopen(demoId, 2021, "统计局反馈营业收入口径有误", DEPARTMENT);
		assertThat(this.reports.of(demoId, 2021, ADMIN).orElseThrow().status()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(this.workflow.history(demoId, 2021, ADMIN)).singleElement()
			.satisfies((step) -> assertThat(step.comment()).isEqualTo("统计局反馈营业收入口径有误"));
	}

	@Test
	void anEnterpriseFilesOnlyItsOwnReport() {
		long other = this.enterprises.register(TestReports.enterprise(2, "重庆黔江另一测试科技有限公司", DemoAccounts.QIANJIANG));
		AnnualReport forOther = TestReports.report(other, YEAR, ReportStatus.DRAFT);
		assertThatThrownBy(() -> this.workflow.saveDraft(forOther, this.own)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.workflow.submit(forOther, null, this.own))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.workflow.submit(draft(), null, DEPARTMENT))
			.as("reviewers do not file for enterprises")
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.reports.of(other, YEAR, ADMIN)).isEmpty();
	}

	@Test
	void onlyReviewersOfTheEnterprisesZoneApprove() {
		this.workflow.submit(draft(), null, this.own);
		assertThatThrownBy(() -> this.workflow.approve(this.id, YEAR, null, OTHER_ZONE_DEPARTMENT))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.workflow.approve(this.id, YEAR, null, VIEWER))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.workflow.approve(this.id, YEAR, null, this.own))
			.as("no approving one's own report")
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.workflow.pending(DemoAccounts.QIANJIANG, OTHER_ZONE_DEPARTMENT))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.workflow.pending(DemoAccounts.QIANJIANG, VIEWER))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(status()).isEqualTo(ReportStatus.SUBMITTED);
		this.workflow.approve(this.id, YEAR, null, ADMIN);
		assertThat(status()).isEqualTo(ReportStatus.APPROVED);
	}

	@Test
	void submittingChecksEveryRuleButADraftOnlyTheSigns() {
		AnnualReport inconsistent = draft(Map.of(ReportField.RD_EXPENSE, new BigDecimal("13000")));
		assertThatThrownBy(() -> this.workflow.submit(inconsistent, null, this.own)).isInstanceOfSatisfying(
				InvalidReportException.class,
				(ex) -> assertThat(ex.violations()).extracting(ReportViolation::field, ReportViolation::rule)
					.containsExactly(tuple(ReportField.RD_EXPENSE, "rdWithinRevenue")));
		assertThat(this.reports.of(this.id, YEAR, ADMIN)).isEmpty();
		this.workflow.saveDraft(inconsistent, this.own);
		assertThat(status()).isEqualTo(ReportStatus.DRAFT);
		assertThatThrownBy(() -> this.workflow.saveDraft(draft(Map.of(ReportField.TAXES_PAID, -1)), this.own))
			.isInstanceOfSatisfying(InvalidReportException.class,
					(ex) -> assertThat(ex.violations()).extracting(ReportViolation::rule)
						.containsExactly("nonNegative"));
	}

	@Test
	void noReportIsFiledForAFutureYear() {
		assertThatThrownBy(() -> this.workflow
			.saveDraft(TestReports.report(this.id, java.time.Year.now().getValue() + 1, ReportStatus.DRAFT), this.own))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void everyTransitionIsAuditedWithWhoAndTheStatusFromOldToNew() {
		this.workflow.saveDraft(draft(), this.own);
		this.workflow.submit(draft(), null, this.own);
		this.workflow.returnForRevision(this.id, YEAR, "补充说明", DEPARTMENT);
		this.workflow.submit(draft(), null, this.own);
		this.workflow.approve(this.id, YEAR, null, DEPARTMENT);
		this.workflow.reopen(this.id, YEAR, "复核", DEPARTMENT);
		List<AuditEntry> lines = this.audit.forRecord("enterprise_report", this.id + "/" + YEAR);
		assertThat(lines).allSatisfy((line) -> {
			assertThat(line.actor()).isEqualTo("workflow-tester");
			assertThat(line.occurredAt()).isNotNull();
		});
		assertThat(lines.get(0).newValue()).contains("status=DRAFT");
		assertThat(lines).filteredOn((line) -> "status".equals(line.field()))
			.extracting(AuditEntry::oldValue, AuditEntry::newValue)
			.containsExactly(tuple("DRAFT", "SUBMITTED"), tuple("SUBMITTED", "RETURNED"),
					tuple("RETURNED", "SUBMITTED"), tuple("SUBMITTED", "APPROVED"), tuple("APPROVED", "SUBMITTED"));
		assertThat(this.workflow.history(this.id, YEAR, ADMIN)).extracting(ReportReview::actor)
			.containsOnly("workflow-tester");
	}

	@Test
	void whoeverReopenedAnApprovedReportLeavesItsApprovalToSomeoneElse() {
		this.workflow.submit(draft(), null, this.own);
		this.workflow.approve(this.id, YEAR, null, DEPARTMENT);
		this.workflow.reopen(this.id, YEAR, "营业收入更正", DEPARTMENT);
		assertThat(this.workflow.fourEyes()).isTrue();
		assertThatThrownBy(() -> this.workflow.approve(this.id, YEAR, null, DEPARTMENT))
			.isInstanceOf(SecondReviewerRequiredException.class);
		assertThat(status()).isEqualTo(ReportStatus.SUBMITTED);
		org.gaoxin.account.GaoxinPrincipal second = new org.gaoxin.account.GaoxinPrincipal("second-reviewer", null,
				"复核人", true, HEADQUARTERS);
		org.gaoxin.support.SignedIn.as(second, () -> {
			this.workflow.approve(this.id, YEAR, null, HEADQUARTERS);
			return null;
		});
		assertThat(status()).isEqualTo(ReportStatus.APPROVED);
		assertThat(this.workflow.history(this.id, YEAR, ADMIN)).extracting(ReportReview::action, ReportReview::actor)
			.endsWith(tuple(ReviewAction.REOPEN, "workflow-tester"), tuple(ReviewAction.APPROVE, "second-reviewer"));
	}

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@Autowired
	org.gaoxin.shared.ResultCache results;

	@Autowired
	org.gaoxin.region.ZoneDataVersions versions;

	@Test
	void anOfficeOfOneApprovesWhatItReopenedWhenTheFourEyesRuleIsOff() {
		ReportWorkflow alone = new ReportWorkflow(this.reports, this.enterprises, this.reviews, this.audit, this.clock,
				new ReviewProperties(false), this.transactions, this.results, this.versions);
		alone.submit(draft(), null, this.own);
		alone.approve(this.id, YEAR, null, DEPARTMENT);
		alone.reopen(this.id, YEAR, "复核", DEPARTMENT);
		alone.approve(this.id, YEAR, null, DEPARTMENT);
		assertThat(status()).isEqualTo(ReportStatus.APPROVED);
	}

	@Test
	void reviewersSeeTheZonesSubmittedReports() {
		this.workflow.submit(draft(), null, this.own);
		assertThat(this.workflow.pending(DemoAccounts.QIANJIANG, DEPARTMENT)).singleElement().satisfies((p) -> {
			assertThat(p.enterpriseId()).isEqualTo(this.id);
			assertThat(p.year()).isEqualTo(YEAR);
			assertThat(p.submittedBy()).isEqualTo("workflow-tester");
			assertThat(p.submittedAt()).isNotNull();
		});
		this.workflow.approve(this.id, YEAR, null, DEPARTMENT);
		assertThat(this.workflow.pending(DemoAccounts.QIANJIANG, DEPARTMENT)).isEmpty();
	}

	@Test
	void historyOutsideTheScopeIsEmpty() {
		this.workflow.submit(draft(), null, this.own);
		assertThat(this.workflow.history(this.id, YEAR, OTHER_ZONE_DEPARTMENT)).isEmpty();
		assertThat(this.workflow.history(this.id, OTHER_ZONE_DEPARTMENT)).isEmpty();
		assertThat(this.workflow.history(this.id, HEADQUARTERS)).hasSize(1);
	}

	@Test
	void aDraftIsNotYetDataForTheZone() {
		int latest = this.dataYears.defaultYear(DemoAccounts.QIANJIANG);
		AnnualReport aboveSize = AnnualReport.of(this.id, YEAR, ReportStatus.DRAFT, true,
				TestReports.plausibleFigures());
		this.workflow.saveDraft(aboveSize, this.own);
		assertThat(this.dataYears.defaultYear(DemoAccounts.QIANJIANG)).isEqualTo(latest);
		assertThat(this.dataYears.years(DemoAccounts.QIANJIANG)).doesNotContain(YEAR);
		assertThat(this.years.aboveDesignatedSize(DemoAccounts.QIANJIANG, YEAR)).isZero();
		this.workflow.submit(aboveSize, null, this.own);
		// a filed report is data of its year; one early report does not make the year the
		// zone's default (默认年份, docs/GLOSSARY.md)
		assertThat(this.dataYears.years(DemoAccounts.QIANJIANG)).contains(YEAR);
		assertThat(this.dataYears.defaultYear(DemoAccounts.QIANJIANG)).isEqualTo(latest);
		assertThat(this.years.aboveDesignatedSize(DemoAccounts.QIANJIANG, YEAR)).isEqualTo(1);
	}

	private AnnualReport draft() {
		return TestReports.report(this.id, YEAR, ReportStatus.DRAFT);
	}

	private AnnualReport draft(Map<ReportField, ? extends Number> changes) {
		return TestReports.report(this.id, YEAR, ReportStatus.DRAFT, changes);
	}

	private AnnualReport stored() {
		return this.reports.of(this.id, YEAR, ADMIN).orElseThrow();
	}

	private ReportStatus status() {
		return stored().status();
	}

	private AnnualReport approvedDemoReport() {
		return this.reports.inZone(DemoAccounts.QIANJIANG, 2021, 2021, ADMIN)
			.values()
			.stream()
			.flatMap(List::stream)
			.filter((report) -> report.status() == ReportStatus.APPROVED)
			.min(java.util.Comparator.comparingLong(AnnualReport::enterpriseId))
			.orElseThrow();
	}

}
