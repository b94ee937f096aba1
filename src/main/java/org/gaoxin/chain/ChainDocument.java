package org.gaoxin.chain;

import java.time.OffsetDateTime;

/**
 * A document of a chain's policy (一链一策) as uploaded: its name, type, size, who and when.
 */
public record ChainDocument(long id, String chainCode, String fileName, String contentType, long sizeBytes,
		String uploadedBy, OffsetDateTime uploadedAt) {
}
