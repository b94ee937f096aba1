package org.gaoxin.account.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check of the form and of HTTP Basic behind the throttle: a locked name or
 * address is refused before its password is looked at; a wrong password is counted; a
 * right one clears the account's count. The client address is the request's, which is the
 * forwarded one only behind a trusted proxy (server.tomcat.remoteip.*).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String name = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		var lock = this.throttle.lockOf(name, address);
		if (lock.isPresent()) {
			throw new LoginLockedException(lock.get());
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.throttle.succeeded(name);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(name, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwords.supports(authentication);
	}

}
