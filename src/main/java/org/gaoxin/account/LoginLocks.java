package org.gaoxin.account;

import java.util.List;

import org.gaoxin.account.internal.LoginThrottle;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The sign-in locks in force, for administrators: read them and lift one (audited).
 */
@Service
public class LoginLocks {

	private final LoginThrottle throttle;

	LoginLocks(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	public List<LoginLock> current(DataScope scope) {
		requireAdministrator(scope);
		return this.throttle.locks();
	}

	/**
	 * Lets the account name or address sign in again at once and forgets its failures.
	 * @return whether a lock was in force
	 */
	public boolean lift(LoginLock.LockKind kind, String key, DataScope scope) {
		requireAdministrator(scope);
		return this.throttle.lift(kind, key);
	}

	private static void requireAdministrator(DataScope scope) {
		if (scope.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only an administrator lifts sign-in locks");
		}
	}

}
