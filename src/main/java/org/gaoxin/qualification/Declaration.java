package org.gaoxin.qualification;

import java.time.Instant;

import org.gaoxin.qualification.rules.DeclaredFacts;

/**
 * An enterprise's declaration for a year as stored: what it declared, who entered it last
 * and when.
 */
public record Declaration(long enterpriseId, int year, DeclaredFacts facts, String declaredBy, Instant declaredAt) {
}
