package org.gaoxin.qualification;

import java.time.Instant;

import org.gaoxin.qualification.rules.ExpertScores;

/**
 * The experts' scores of an enterprise for a year (专家评审) as the zone's staff entered
 * them: the scores, who entered them last and when.
 */
public record ExpertReview(long enterpriseId, int year, ExpertScores scores, String enteredBy, Instant enteredAt) {
}
