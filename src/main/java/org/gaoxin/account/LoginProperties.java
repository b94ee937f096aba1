package org.gaoxin.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are throttled ({@code gaoxin.login.*}): after {@code maxFailures}
 * failures for one account name within {@code window} the account is locked for
 * {@code lockDuration}; after {@code maxAddressFailures} failures from one client address
 * that address is locked likewise. A lock is refused before the password is checked, so
 * the right password does not get through it.
 *
 * @param maxFailures failed sign-ins of one account name before it is locked
 * @param maxAddressFailures failed sign-ins from one client address before it is locked
 * @param window how long a failure counts
 * @param lockDuration how long a lock lasts unless an administrator lifts it
 * @param maxTracked account names and addresses remembered at most (each kind)
 */
@ConfigurationProperties("gaoxin.login")
public record LoginProperties(@DefaultValue("5") int maxFailures, @DefaultValue("20") int maxAddressFailures,
		@DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("10000") int maxTracked) {

	public LoginProperties {
		if (maxFailures < 1 || maxAddressFailures < 1 || maxTracked < 1 || window.isNegative() || window.isZero()
				|| lockDuration.isNegative() || lockDuration.isZero()) {
			throw new IllegalArgumentException("gaoxin.login: limits and durations must be positive");
		}
	}

	/** The lock's length in whole minutes, as the sign-in page states it. */
	public long lockMinutes() {
		return Math.max(1, (this.lockDuration.getSeconds() + 59) / 60);
	}

}
