package org.gaoxin.filing;

import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.gaoxin.account.DataScope;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.filing.internal.ReportReviews;
import org.gaoxin.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The submission workflow of annual reports: an enterprise drafts and submits its own
 * report; a reviewer of the enterprise's zone approves it or returns it with a comment;
 * an approved report stays locked until a reviewer reopens it with a reason. Every step
 * checks the caller's scope, is audited (status old → new) and kept in the review history
 * with its comment.
 */
@Service
public class ReportWorkflow {

	/** What the review history keeps of a comment (its column's size). */
	public static final int MAX_COMMENT_LENGTH = 1000;

	private final AnnualReports reports;

	private final Enterprises enterprises;

	private final ReportReviews reviews;

	private final AuditLog audit;

	private final Clock clock;

	private final ReviewProperties settings;

	private final TransactionTemplate transactions;

	private final org.gaoxin.shared.ResultCache results;

	private final org.gaoxin.region.ZoneDataVersions versions;

	/** The kind of result kept for the zone's count of reports waiting for review. */
	public static final String PENDING_COUNT = "pending-count";

	ReportWorkflow(AnnualReports reports, Enterprises enterprises, ReportReviews reviews, AuditLog audit, Clock clock,
			ReviewProperties settings, PlatformTransactionManager transactions, org.gaoxin.shared.ResultCache results,
			org.gaoxin.region.ZoneDataVersions versions) {
		this.results = results;
		this.versions = versions;
		this.reports = reports;
		this.enterprises = enterprises;
		this.reviews = reviews;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Saves the enterprise's figures without submitting them, over whatever is stored
	 * (programs and tests; forms name the version they showed).
	 * @return the report as stored
	 */
	public AnnualReport saveDraft(AnnualReport report, DataScope scope) {
		return saveDraft(report, this.reports.version(report.enterpriseId(), report.year()), scope).report();
	}

	/**
	 * Saves whatever the enterprise filled in, without submitting it: blank figures stay
	 * blank, and the cross-field rules wait for the submission; only a figure filled in
	 * negative that cannot be is refused. A returned report stays returned.
	 * @param seenVersion the version the form showed (0: no report was stored)
	 * @return the report as stored, with its version
	 * @throws org.gaoxin.shared.EditConflict if someone saved the report after the form
	 * was opened
	 */
	public Saved saveDraft(AnnualReport report, int seenVersion, DataScope scope) {
		return once(() -> {
			ReportStatus current = requireOpenToEnterprise(report, scope, "save a draft");
			List<ReportViolation> negative = report.draftViolations();
			if (!negative.isEmpty()) {
				throw new InvalidReportException(negative);
			}
			AnnualReport stored = report.withStatus(ReportStatus.afterDraftSaved(current));
			return new Saved(stored, this.reports.file(stored, seenVersion));
		});
	}

	/**
	 * Submits the enterprise's report for review over whatever is stored (programs and
	 * tests).
	 * @return the report as stored
	 */
	public AnnualReport submit(AnnualReport report, String comment, DataScope scope) {
		return submit(report, comment, this.reports.version(report.enterpriseId(), report.year()), scope).report();
	}

	/**
	 * Submits the enterprise's report for review; it must have every figure and keep
	 * every rule of {@link AnnualReport#violations()}.
	 * @param comment optional note to the reviewer (what was corrected, say)
	 * @param seenVersion the version the form showed (0: no report was stored)
	 * @return the report as stored, with its version
	 */
	public Saved submit(AnnualReport report, String comment, int seenVersion, DataScope scope) {
		return once(() -> {
			ReportStatus current = requireOpenToEnterprise(report, scope, "submit");
			String note = trimmed(comment);
			List<ReportViolation> violations = report.violations();
			if (!violations.isEmpty()) {
				throw new InvalidReportException(violations);
			}
			AnnualReport stored = report.withStatus(ReviewAction.SUBMIT.target());
			int version = this.reports.file(stored, seenVersion);
			this.reviews.record(report.enterpriseId(), report.year(), ReviewAction.SUBMIT, current, this.audit.actor(),
					note);
			return new Saved(stored, version);
		});
	}

	/** A report as stored by a save, and its version, which the next save names. */
	public record Saved(AnnualReport report, int version) {
	}

	/**
	 * One save in its own transaction. Two first saves of the same report at once do not
	 * end in a duplicate key: the one that loses runs again and is then a save on a stale
	 * copy (a conflict the user sees).
	 */
	private Saved once(java.util.function.Supplier<Saved> save) {
		try {
			return this.transactions.execute((status) -> save.get());
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			return this.transactions.execute((status) -> save.get());
		}
	}

	/**
	 * Approves a submitted report, which locks it. Under the four-eyes rule
	 * ({@link ReviewProperties#fourEyes()}) a report reopened (or replaced by an import)
	 * is approved by someone other than whoever reopened it.
	 * @throws SecondReviewerRequiredException when the caller reopened it
	 */
	@Transactional
	public void approve(long enterpriseId, int year, String comment, DataScope scope) {
		review(enterpriseId, year, ReviewAction.APPROVE, comment, scope);
	}

	/** Whether changes to approved figures need a second person's approval. */
	public boolean fourEyes() {
		return this.settings.fourEyes();
	}

	/** Returns a submitted report to the enterprise; the comment says what to correct. */
	@Transactional
	public void returnForRevision(long enterpriseId, int year, String comment, DataScope scope) {
		review(enterpriseId, year, ReviewAction.RETURN, comment, scope);
	}

	/**
	 * Unlocks an approved report: it goes back to submitted, for the reviewer to return
	 * (so the enterprise can correct it) or approve again.
	 */
	@Transactional
	public void reopen(long enterpriseId, int year, String reason, DataScope scope) {
		review(enterpriseId, year, ReviewAction.REOPEN, reason, scope);
	}

	/** The zone's submitted reports waiting for review. */
	@Transactional(readOnly = true)
	public List<PendingReport> pending(String zoneCode, DataScope scope) {
		if (!scope.canReviewReports(zoneCode)) {
			throw new AccessDeniedException("Not allowed to review reports of zone " + zoneCode);
		}
		return this.reviews.pending(zoneCode);
	}

	/** How many of the zone's reports wait for review (the dashboard's card). */
	@Transactional(readOnly = true)
	public long pendingCount(String zoneCode, DataScope scope) {
		if (!scope.canReviewReports(zoneCode)) {
			throw new AccessDeniedException("Not allowed to review reports of zone " + zoneCode);
		}
		return zonePendingCount(zoneCode);
	}

	/**
	 * Every change of a report's status marks its zone's data version, so the count is
	 * kept per version: the navigation asks for it on every page.
	 */
	private long zonePendingCount(String zoneCode) {
		return this.results.get(PENDING_COUNT, List.of(zoneCode, this.versions.current(zoneCode)), (count) -> 1,
				() -> this.reviews.pendingCount(zoneCode));
	}

	/**
	 * How many reports wait for the caller's review: in every zone for a reviewer of all
	 * zones, in the reviewer's zone otherwise, none for anyone who does not review.
	 */
	@Transactional(readOnly = true)
	public long pendingCount(DataScope scope) {
		// a null zone is every zone: canReviewReports(null) holds only for a scope of all
		// zones
		if (!scope.canReviewReports(scope.zoneCode())) {
			return 0;
		}
		return (scope.zoneCode() != null) ? zonePendingCount(scope.zoneCode()) : this.reviews.pendingCount(null);
	}

	/** The zone's latest approvals that stand, for a reviewer to reopen one. */
	@Transactional(readOnly = true)
	public List<ApprovedReport> recentlyApproved(String zoneCode, int limit, DataScope scope) {
		if (!scope.canReviewReports(zoneCode)) {
			throw new AccessDeniedException("Not allowed to review reports of zone " + zoneCode);
		}
		return this.reviews.recentlyApproved(zoneCode, Math.min(Math.max(limit, 1), 200));
	}

	/**
	 * The review history of the enterprise's report for the year, oldest first; empty if
	 * the enterprise is outside the caller's scope (as for the reports themselves).
	 */
	@Transactional(readOnly = true)
	public List<ReportReview> history(long enterpriseId, int year, DataScope scope) {
		return this.enterprises.find(enterpriseId, scope).isPresent() ? this.reviews.of(enterpriseId, year) : List.of();
	}

	/** The review history of all the enterprise's reports, by year, oldest first. */
	@Transactional(readOnly = true)
	public List<ReportReview> history(long enterpriseId, DataScope scope) {
		return this.enterprises.find(enterpriseId, scope).isPresent() ? this.reviews.of(enterpriseId) : List.of();
	}

	private ReportStatus requireOpenToEnterprise(AnnualReport report, DataScope scope, String attempted) {
		long id = report.enterpriseId();
		if (!scope.canFileReportFor(id) || this.enterprises.find(id, scope).isEmpty()) {
			throw new AccessDeniedException("Not allowed to file reports for enterprise " + id);
		}
		if (report.year() > Year.now(this.clock).getValue()) {
			throw new IllegalArgumentException("No report can be filed for a future year (" + report.year() + ")");
		}
		ReportStatus current = this.reports.find(id, report.year()).map(AnnualReport::status).orElse(null);
		if (current != null && current.locked()) {
			throw new ReportLockedException(id, report.year(), attempted);
		}
		if (current != null && !current.openToEnterprise()) {
			throw new ReportStateException(id, report.year(), current, attempted);
		}
		return current;
	}

	private void review(long enterpriseId, int year, ReviewAction action, String comment, DataScope scope) {
		Enterprise enterprise = this.enterprises.find(enterpriseId, scope)
			.orElseThrow(() -> new NotFoundException("No enterprise " + enterpriseId));
		if (!scope.canReviewReports(enterprise.zoneCode())) {
			throw new AccessDeniedException("Not allowed to review reports of zone " + enterprise.zoneCode());
		}
		String text = trimmed(comment);
		if (action.commentRequired() && text == null) {
			throw new IllegalArgumentException(
					"A comment is required to " + action.name().toLowerCase(Locale.ROOT) + " a report");
		}
		Optional<AnnualReport> report = this.reports.find(enterpriseId, year);
		ReportStatus current = report.map(AnnualReport::status)
			.orElseThrow(() -> new NotFoundException("No " + year + " report of enterprise " + enterpriseId));
		String attempted = action.name().toLowerCase(Locale.ROOT);
		if (current.locked() && action != ReviewAction.REOPEN) {
			throw new ReportLockedException(enterpriseId, year, attempted);
		}
		if (action == ReviewAction.APPROVE) {
			requireSecondReviewer(enterpriseId, year);
		}
		if (!action.allowedFrom(current) || !this.reports.changeStatus(enterpriseId, year, current, action.target())) {
			throw new ReportStateException(enterpriseId, year, current, attempted);
		}
		this.reviews.record(enterpriseId, year, action, current, this.audit.actor(), text);
	}

	/**
	 * Under the four-eyes rule, whoever reopened the report (or replaced it by an import)
	 * does not approve it again; checked after the scope and the status, so that a report
	 * the caller may not see or that is not waiting reads as such.
	 */
	private void requireSecondReviewer(long enterpriseId, int year) {
		if (!this.settings.fourEyes()) {
			return;
		}
		String actor = this.audit.actor();
		List<ReportReview> steps = this.reviews.of(enterpriseId, year);
		ReportReview last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
		if (last != null && last.action() == ReviewAction.REOPEN && actor.equals(last.actor())) {
			throw new SecondReviewerRequiredException(enterpriseId, year);
		}
	}

	private static String trimmed(String comment) {
		if (comment == null || comment.isBlank()) {
			return null;
		}
		String text = comment.strip();
		if (text.length() > MAX_COMMENT_LENGTH) {
			throw new IllegalArgumentException("A comment has at most " + MAX_COMMENT_LENGTH + " characters");
		}
		return text;
	}

}
