package org.gaoxin.account.internal;

import java.io.Serial;

import org.gaoxin.account.LoginLock;

import org.springframework.security.authentication.LockedException;

/** A sign-in refused, whatever the password, because its name or address is locked. */
class LoginLockedException extends LockedException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final transient LoginLock lock;

	LoginLockedException(LoginLock lock) {
		super("Sign-in locked until " + lock.lockedUntil());
		this.lock = lock;
	}

	LoginLock lock() {
		return this.lock;
	}

}
