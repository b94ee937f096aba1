package org.gaoxin.support;

import java.util.function.Supplier;

import org.gaoxin.account.GaoxinPrincipal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a piece of a test as a signed-in user, as a request of theirs would: the audit log
 * and everything else that asks who is acting see that user.
 */
public final class SignedIn {

	private SignedIn() {
	}

	public static <T> T as(GaoxinPrincipal user, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
