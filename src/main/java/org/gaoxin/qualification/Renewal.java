package org.gaoxin.qualification;

import java.util.List;

import org.gaoxin.shared.Message;

/**
 * A high-tech enterprise whose certificate ends this year: it must be re-accredited to
 * keep counting.
 */
public record Renewal(long enterpriseId, String creditCode, String name, int lastValidYear, Readiness readiness,
		List<Message> gaps) {
}
