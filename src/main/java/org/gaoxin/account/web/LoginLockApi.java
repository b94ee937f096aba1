package org.gaoxin.account.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.LoginLock;
import org.gaoxin.account.LoginLocks;
import org.gaoxin.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Sign-in locks", description = "Accounts and addresses locked after failed sign-ins (administrators)")
class LoginLockApi {

	private final LoginLocks locks;

	LoginLockApi(LoginLocks locks) {
		this.locks = locks;
	}

	@GetMapping("/api/v1/login-locks")
	@Operation(summary = "The sign-in locks in force")
	List<LoginLock> locks(@AuthenticationPrincipal GaoxinPrincipal me) {
		return this.locks.current(me.scope());
	}

	@DeleteMapping("/api/v1/login-locks/{kind}/{key}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Lift a lock (kind ACCOUNT or ADDRESS); audited")
	void lift(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable LoginLock.LockKind kind,
			@PathVariable String key) {
		if (!this.locks.lift(kind, key, me.scope())) {
			throw new NotFoundException("No lock on " + kind + " " + key);
		}
	}

}
