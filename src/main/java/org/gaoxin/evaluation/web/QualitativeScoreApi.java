package org.gaoxin.evaluation.web;

import java.math.BigDecimal;
import java.util.Collection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.evaluation.QualitativeScore;
import org.gaoxin.evaluation.QualitativeScores;
import org.gaoxin.standard.Standards;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/zones/{zone}/qualitative-scores")
@Tag(name = "Qualitative scores",
		description = "Scores (0-100) users enter for a scoring standard's qualitative indicators")
class QualitativeScoreApi {

	private final QualitativeScores scores;

	private final Standards standards;

	QualitativeScoreApi(QualitativeScores scores, Standards standards) {
		this.scores = scores;
		this.standards = standards;
	}

	@GetMapping
	@Operation(summary = "The zone-year's qualitative scores on a scoring standard")
	Collection<QualitativeScore> list(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@RequestParam int year, @RequestParam String standard) {
		return this.scores.of(this.standards.resolve(standard).code(), zone, year, me.scope()).values();
	}

	@PostMapping
	@Operation(summary = "Enter or change a qualitative score (the zone's editors; audited)",
			description = "version: the version read (0 for a score not entered yet); a save since is a 409 naming who and when.")
	QualitativeScore enter(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@RequestBody Entry entry) {
		return this.scores.enter(entry.standard(), entry.indicator(), zone, entry.year(), entry.score(), entry.note(),
				entry.version(), me.scope());
	}

	record Entry(String standard, String indicator, int year, BigDecimal score, String note, int version) {
	}

}
