package org.gaoxin.task;

import java.time.OffsetDateTime;

/** A file attached to an item (its bytes are read only by {@link Tasks#download}). */
public record Attachment(long id, long taskId, Long eventId, String fileName, String contentType, long size,
		String uploadedBy, OffsetDateTime uploadedAt) {
}
