package org.gaoxin.audit;

import java.time.Instant;

/**
 * One line of the change log: who changed which field of which record, from what to what.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, AuditAction action, String entity, String entityKey,
		String field, String oldValue, String newValue) {
}
