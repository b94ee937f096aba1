package org.gaoxin.account;

import java.time.Instant;

/**
 * An account name or a client address that may not sign in until {@code lockedUntil},
 * after {@code failures} failed sign-ins.
 */
public record LoginLock(LockKind kind, String key, int failures, Instant lockedUntil) {

	/** What is locked. */
	public enum LockKind {

		ACCOUNT, ADDRESS

	}

}
