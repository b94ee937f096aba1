package org.gaoxin.account;

import java.time.Instant;

/**
 * An API token as its owner and administrators see it: never the secret, only its first
 * characters to recognise it by.
 *
 * @param readOnly whether it may only read (GET, HEAD, OPTIONS)
 * @param lastUsedAt when it last authenticated a call (to the minute), or null
 */
public record ApiToken(long id, String username, String name, String prefix, boolean readOnly, Instant createdAt,
		Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String revokedBy) {

	/** Usable at {@code now}: not revoked and not yet expired (expiry is exclusive). */
	public boolean usableAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

}
