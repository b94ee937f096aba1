package org.gaoxin.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.account.LoginLock;
import org.gaoxin.account.LoginProperties;
import org.gaoxin.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins per account name and per client address, and the locks they lead to.
 * Every name is counted, known or not, so a lock tells nothing of which accounts exist. A
 * success forgets the account's failures but not the address's: one valid account must
 * not launder guesses at others. Kept in memory (bounded): a restart forgets the counts
 * and locks. A lock and its lifting are audited.
 */
@Component
public class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private static final String ENTITY = "login_lock";

	/** Longer names are cut: the form accepts any length, the table must not grow. */
	private static final int MAX_KEY_LENGTH = 100;

	private final LoginProperties properties;

	private final Clock clock;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Map<String, Attempts> accounts = new LinkedHashMap<>();

	private final Map<String, Attempts> addresses = new LinkedHashMap<>();

	LoginThrottle(LoginProperties properties, Clock clock, AuditLog audit, TransactionTemplate transaction) {
		this.properties = properties;
		this.clock = clock;
		this.audit = audit;
		this.transaction = transaction;
	}

	/**
	 * The lock that stops this sign-in, the longer one if both the name and the address
	 * are locked.
	 */
	public synchronized Optional<LoginLock> lockOf(String username, String clientAddress) {
		Instant now = this.clock.instant();
		Optional<LoginLock> account = locked(LoginLock.LockKind.ACCOUNT, accountKey(username), now);
		Optional<LoginLock> address = locked(LoginLock.LockKind.ADDRESS, addressKey(clientAddress), now);
		if (account.isEmpty()
				|| address.isPresent() && address.get().lockedUntil().isAfter(account.get().lockedUntil())) {
			return address;
		}
		return account;
	}

	/**
	 * Counts a failed sign-in; locks the name or the address when it reaches its limit.
	 */
	public void failed(String username, String address) {
		List<LoginLock> started = new ArrayList<>();
		synchronized (this) {
			Instant now = this.clock.instant();
			count(LoginLock.LockKind.ACCOUNT, accountKey(username), this.properties.maxFailures(), now)
				.ifPresent(started::add);
			count(LoginLock.LockKind.ADDRESS, addressKey(address), this.properties.maxAddressFailures(), now)
				.ifPresent(started::add);
		}
		for (LoginLock lock : started) {
			log.warn("Sign-in locked after {} failures: {} {} until {}", lock.failures(), lock.kind(), lock.key(),
					lock.lockedUntil());
			this.transaction.executeWithoutResult((status) -> this.audit.created(ENTITY, auditKey(lock),
					Map.of("failures", lock.failures(), "lockedUntil", lock.lockedUntil())));
		}
	}

	/** A successful sign-in forgets the account's failures. */
	public synchronized void succeeded(String username) {
		this.accounts.remove(accountKey(username));
	}

	/** The locks in force, longest first. */
	public synchronized List<LoginLock> locks() {
		Instant now = this.clock.instant();
		List<LoginLock> locks = new ArrayList<>();
		this.accounts
			.forEach((key, attempts) -> lock(LoginLock.LockKind.ACCOUNT, key, attempts, now).ifPresent(locks::add));
		this.addresses
			.forEach((key, attempts) -> lock(LoginLock.LockKind.ADDRESS, key, attempts, now).ifPresent(locks::add));
		locks.sort(Comparator.comparing(LoginLock::lockedUntil).reversed());
		return locks;
	}

	/** Lifts a lock and forgets the failures behind it; audited as the caller's act. */
	public boolean lift(LoginLock.LockKind kind, String key) {
		Optional<LoginLock> lifted;
		synchronized (this) {
			String normalised = (kind == LoginLock.LockKind.ACCOUNT) ? accountKey(key) : addressKey(key);
			Map<String, Attempts> table = table(kind);
			lifted = lock(kind, normalised, table.get(normalised), this.clock.instant());
			table.remove(normalised);
		}
		lifted.ifPresent((lock) -> this.transaction.executeWithoutResult((status) -> this.audit.deleted(ENTITY,
				auditKey(lock), Map.of("failures", lock.failures(), "lockedUntil", lock.lockedUntil()))));
		return lifted.isPresent();
	}

	private Optional<LoginLock> locked(LoginLock.LockKind kind, String key, Instant now) {
		return lock(kind, key, table(kind).get(key), now);
	}

	private Optional<LoginLock> count(LoginLock.LockKind kind, String key, int limit, Instant now) {
		Map<String, Attempts> table = table(kind);
		Attempts attempts = table.remove(key);
		if (attempts == null || attempts.expired(now, this.properties)) {
			attempts = new Attempts();
		}
		// re-inserted last: the table's order is the order of latest failures
		table.put(key, attempts);
		attempts.failures++;
		attempts.lastFailure = now;
		Optional<LoginLock> started = Optional.empty();
		if (attempts.failures >= limit && attempts.lockedUntil == null) {
			attempts.lockedUntil = now.plus(this.properties.lockDuration());
			started = Optional.of(new LoginLock(kind, key, attempts.failures, attempts.lockedUntil));
		}
		bound(table, now);
		return started;
	}

	/** Drops what no longer counts, then the oldest entries beyond the limit. */
	private void bound(Map<String, Attempts> table, Instant now) {
		if (table.size() <= this.properties.maxTracked()) {
			return;
		}
		table.values().removeIf((attempts) -> attempts.expired(now, this.properties));
		Iterator<Attempts> oldest = table.values().iterator();
		while (table.size() > this.properties.maxTracked() && oldest.hasNext()) {
			oldest.next();
			oldest.remove();
		}
	}

	private static Optional<LoginLock> lock(LoginLock.LockKind kind, String key, Attempts attempts, Instant now) {
		if (attempts == null || attempts.lockedUntil == null || !attempts.lockedUntil.isAfter(now)) {
			return Optional.empty();
		}
		return Optional.of(new LoginLock(kind, key, attempts.failures, attempts.lockedUntil));
	}

	private Map<String, Attempts> table(LoginLock.LockKind kind) {
		return (kind == LoginLock.LockKind.ACCOUNT) ? this.accounts : this.addresses;
	}

	private static String accountKey(String username) {
		String name = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return (name.length() > MAX_KEY_LENGTH) ? name.substring(0, MAX_KEY_LENGTH) : name;
	}

	private static String addressKey(String address) {
		String key = (address != null) ? address.strip() : "";
		return (key.length() > MAX_KEY_LENGTH) ? key.substring(0, MAX_KEY_LENGTH) : key;
	}

	private static String auditKey(LoginLock lock) {
		return lock.kind().name().toLowerCase(Locale.ROOT) + ":" + lock.key();
	}

	/** Failures of one name or address; mutable, guarded by the throttle. */
	private static final class Attempts {

		int failures;

		Instant lastFailure;

		Instant lockedUntil;

		/** A lock that ran out, or failures too old to count, start the count afresh. */
		boolean expired(Instant now, LoginProperties properties) {
			if (this.lockedUntil != null) {
				return !this.lockedUntil.isAfter(now);
			}
			return this.lastFailure == null || !this.lastFailure.plus(properties.window()).isAfter(now);
		}

	}

}
