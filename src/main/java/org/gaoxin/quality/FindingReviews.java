package org.gaoxin.quality;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.gaoxin.account.DataScope;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.quality.internal.FindingReviewRows;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Zone staff settle findings: open, explained (with the reason) or fixed. Only the zone's
 * headquarters and department (and administrators) do; the finding must be one the check
 * finds now; every change is audited. A status stays when its finding disappears.
 */
@Service
public class FindingReviews {

	/** What a comment may hold (its column's size). */
	public static final int MAX_COMMENT_LENGTH = 1000;

	private final DataQuality quality;

	private final FindingReviewRows rows;

	private final AuditLog audit;

	private final Clock clock;

	FindingReviews(DataQuality quality, FindingReviewRows rows, AuditLog audit, Clock clock) {
		this.quality = quality;
		this.rows = rows;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records the finding's status.
	 * @return the finding with its new status
	 * @throws MessageException for a missing status, an explanation without a comment, or
	 * an overlong comment
	 * @throws AccessDeniedException unless the caller is staff of the finding's zone
	 * @throws NotFoundException if the check does not find such a finding (now)
	 */
	@Transactional
	public Finding record(FindingKey key, FindingStatus status, String comment, DataScope scope) {
		if (!scope.canReviewReports(key.zoneCode())) {
			throw new AccessDeniedException("Only the staff of zone " + key.zoneCode() + " settle its findings");
		}
		String text = (comment == null || comment.isBlank()) ? null : comment.strip();
		validate(status, text);
		Finding finding = this.quality.check(key.zoneCode(), key.year(), scope)
			.stream()
			.filter((found) -> found.key(key.zoneCode()).equals(key))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No finding " + key.auditKey()));
		FindingReview before = this.rows.find(key).orElse(FindingReview.NONE);
		if (before.recorded() && before.status() == status && Objects.equals(before.comment(), text)) {
			// the same decision again changes nothing, not even who made it
			return finding;
		}
		FindingReview after = new FindingReview(status, text, this.audit.actor(), Instant.now(this.clock));
		this.rows.save(key, after);
		this.audit.updated("finding_review", key.auditKey(), values(before), values(after));
		return finding.withReview(after);
	}

	private static void validate(FindingStatus status, String comment) {
		if (status == null) {
			throw new MessageException(Message.of("quality.review.error.status"));
		}
		if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
			throw new MessageException(Message.of("quality.review.error.commentTooLong", MAX_COMMENT_LENGTH));
		}
		if (status == FindingStatus.EXPLAINED && comment == null) {
			throw new MessageException(Message.of("quality.review.error.explanationRequired"));
		}
	}

	private static Map<String, Object> values(FindingReview review) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("status", review.status());
		values.put("comment", review.comment());
		return values;
	}

}
