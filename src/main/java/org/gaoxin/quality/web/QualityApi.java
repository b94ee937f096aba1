package org.gaoxin.quality.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.filing.ReportField;
import org.gaoxin.quality.DataQuality;
import org.gaoxin.quality.Finding;
import org.gaoxin.quality.FindingKey;
import org.gaoxin.quality.FindingKind;
import org.gaoxin.quality.FindingReviews;
import org.gaoxin.quality.FindingStatus;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.web.Texts;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Data quality", description = "Findings on a zone's enterprise reports: duplicates, jumps, ratios, gaps")
class QualityApi {

	private final DataQuality quality;

	private final FindingReviews reviews;

	private final Texts texts;

	QualityApi(DataQuality quality, FindingReviews reviews, Texts texts) {
		this.quality = quality;
		this.reviews = reviews;
		this.texts = texts;
	}

	@GetMapping("/api/v1/zones/{zone}/quality")
	@Operation(summary = "Data-quality findings of the zone for the year, by kind, severity and enterprise",
			description = "Each finding carries the status zone staff recorded for it (review.status: OPEN,"
					+ " EXPLAINED, FIXED); kind, severity and status narrow the list.")
	List<Finding> findings(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@RequestParam int year, @ParameterObject QualityFilter filter) {
		return this.quality.check(zone, year, me.scope()).stream().filter(filter::test).toList();
	}

	@PostMapping("/api/v1/zones/{zone}/quality/reviews")
	@Operation(summary = "Record a finding's status (zone staff only)",
			description = "The finding is named by year, kind, enterprise and field (none for a missing report or a"
					+ " duplicate); EXPLAINED needs a comment. Answers the finding with its new status.")
	Finding review(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@RequestBody ReviewRequest request) {
		if (request.year() == null || request.kind() == null || request.enterpriseId() == null) {
			throw new MessageException(Message.of("quality.review.error.finding"));
		}
		return this.reviews.record(
				new FindingKey(zone, request.year(), request.kind(), request.enterpriseId(), request.field()),
				request.status(), request.comment(), me.scope());
	}

	@ExceptionHandler(MessageException.class)
	ProblemDetail badRequest(MessageException ex, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, this.texts.render(ex.text(), locale));
	}

	/**
	 * A finding's new status; {@code field} is absent for a finding about no single
	 * field.
	 */
	record ReviewRequest(Integer year, FindingKind kind, Long enterpriseId, ReportField field, FindingStatus status,
			String comment) {
	}

}
