package org.gaoxin.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.gaoxin.account.LoginLock;
import org.gaoxin.account.LoginProperties;
import org.gaoxin.audit.AuditLog;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The throttle's arithmetic: when a lock starts and ends, and what is forgotten. */
class LoginThrottleTest {

	private final MovableClock clock = new MovableClock();

	private final LoginThrottle throttle = new LoginThrottle(
			new LoginProperties(3, 5, Duration.ofMinutes(10), Duration.ofMinutes(15), 4), this.clock,
			mock(AuditLog.class), mock(TransactionTemplate.class));

	@Test
	void aLockStartsAtTheLimitAndEndsAfterItsDuration() {
		fail("zhang", "10.0.0.1", 2);
		assertThat(this.throttle.lockOf("zhang", "10.0.0.1")).isEmpty();
		fail("zhang", "10.0.0.1", 1);
		assertThat(this.throttle.lockOf("ZHANG ", "10.0.0.9")).hasValueSatisfying((lock) -> {
			assertThat(lock.kind()).isEqualTo(LoginLock.LockKind.ACCOUNT);
			assertThat(lock.lockedUntil()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(15)));
		});
		this.clock.advance(Duration.ofMinutes(15));
		assertThat(this.throttle.lockOf("zhang", "10.0.0.1")).isEmpty();
		fail("zhang", "10.0.0.1", 1);
		assertThat(this.throttle.lockOf("zhang", "10.0.0.1")).as("the count starts afresh after a lock").isEmpty();
	}

	@Test
	void failuresOlderThanTheWindowNoLongerCount() {
		fail("li", "10.0.0.2", 2);
		this.clock.advance(Duration.ofMinutes(11));
		fail("li", "10.0.0.2", 2);
		assertThat(this.throttle.lockOf("li", "10.0.0.2")).isEmpty();
	}

	@Test
	void theLongerOfTwoLocksIsTheOneTold() {
		fail("wang", "10.0.0.3", 3);
		this.clock.advance(Duration.ofMinutes(1));
		for (int i = 0; i < 5; i++) {
			this.throttle.failed("other-" + i, "10.0.0.3");
		}
		assertThat(this.throttle.lockOf("wang", "10.0.0.3"))
			.hasValueSatisfying((lock) -> assertThat(lock.kind()).isEqualTo(LoginLock.LockKind.ADDRESS));
	}

	@Test
	void theTablesStayBoundedWhateverNamesAreTried() {
		for (int i = 0; i < 100; i++) {
			this.throttle.failed("name-" + i, "10.1.0." + i);
		}
		assertThat(this.throttle.locks()).isEmpty();
		fail("last", "10.0.0.4", 3);
		assertThat(this.throttle.locks()).extracting(LoginLock::key).containsExactly("last");
	}

	private void fail(String name, String address, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(name, address);
		}
	}

	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-06-01T08:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
