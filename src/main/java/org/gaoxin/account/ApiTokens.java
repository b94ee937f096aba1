package org.gaoxin.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gaoxin.audit.AuditLog;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for integrations. A token is 256 random bits; only its SHA-256 is stored: a
 * random secret cannot be guessed from a fast hash, so checking it costs a lookup, not a
 * password hash. A token acts with its user's rights as they are at each call (a user who
 * loses a role or is disabled takes their tokens with them), never more; a read-only
 * token only reads. Every token expires (at most {@value #MAX_DAYS} days); its user and
 * administrators revoke it. Creation and revocation are audited.
 */
@Service
public class ApiTokens {

	/** What every secret starts with, so that a leaked one is recognisable in a scan. */
	public static final String PREFIX = "gxt_";

	public static final int MAX_DAYS = 365;

	public static final int MAX_NAME = 100;

	private static final Duration LAST_USE_GRAIN = Duration.ofMinutes(1);

	private static final String COLUMNS = """
			t.id, u.username, t.name, t.token_prefix AS prefix, t.read_only, t.created_at, t.expires_at, t.last_used_at,
			t.revoked_at, t.revoked_by""";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A new token for the signed-in user, valid for {@code days} days from now.
	 */
	@Transactional
	public IssuedToken create(String name, boolean readOnly, Integer days, GaoxinPrincipal me) {
		String trimmed = (name != null) ? name.strip() : "";
		if (trimmed.isEmpty()) {
			throw new InputRefused("name", "required");
		}
		if (trimmed.length() > MAX_NAME) {
			throw new InputRefused("name", "tooLong", MAX_NAME);
		}
		if (days == null) {
			throw new InputRefused("days", "required");
		}
		if (days < 1 || days > MAX_DAYS) {
			throw new InputRefused("days", "range", 1, MAX_DAYS);
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Instant expires = now.plus(Duration.ofDays(days));
		long userId = this.jdbc.sql("SELECT id FROM app_user WHERE username = :u")
			.param("u", me.getUsername())
			.query(Long.class)
			.single();
		String prefix = secret.substring(0, 10);
		this.jdbc.sql("""
				INSERT INTO api_token (user_id, name, token_hash, token_prefix, read_only, created_at, expires_at)
				VALUES (:user, :name, :hash, :prefix, :readOnly, :created, :expires)""")
			.param("user", userId)
			.param("name", trimmed)
			.param("hash", hash(secret))
			.param("prefix", prefix)
			.param("readOnly", readOnly)
			.param("created", java.sql.Timestamp.from(now))
			.param("expires", java.sql.Timestamp.from(expires))
			.update();
		long id = this.jdbc.sql("SELECT id FROM api_token WHERE token_hash = :hash")
			.param("hash", hash(secret))
			.query(Long.class)
			.single();
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", trimmed);
		values.put("prefix", prefix);
		values.put("readOnly", readOnly);
		values.put("expiresAt", expires);
		this.audit.created("api_token", id, values);
		return new IssuedToken(
				new ApiToken(id, me.getUsername(), trimmed, prefix, readOnly, now, expires, null, null, null), secret);
	}

	/** The signed-in user's own tokens, newest first. */
	@Transactional(readOnly = true)
	public List<ApiToken> mine(GaoxinPrincipal me) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM api_token t JOIN app_user u ON u.id = t.user_id
				WHERE u.username = :u ORDER BY t.id DESC""").param("u", me.getUsername()).query(ApiToken.class).list();
	}

	/** Every user's tokens: administrators only. */
	@Transactional(readOnly = true)
	public List<ApiToken> all(DataScope scope) {
		requireAdministrator(scope);
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM api_token t JOIN app_user u ON u.id = t.user_id ORDER BY t.id DESC")
			.query(ApiToken.class)
			.list();
	}

	/**
	 * Revokes a token of the signed-in user, or any token for an administrator; another
	 * user's token is not found. Revoking a revoked token changes nothing.
	 * @return whether it was in force until now
	 */
	@Transactional
	public boolean revoke(long id, GaoxinPrincipal me) {
		ApiToken token = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE t.id = :id")
			.param("id", id)
			.query(ApiToken.class)
			.optional()
			.filter((t) -> me.role() == Role.ADMIN || t.username().equals(me.getUsername()))
			.orElseThrow(() -> new NotFoundException("No API token " + id));
		if (token.revokedAt() != null) {
			return false;
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		this.jdbc.sql("UPDATE api_token SET revoked_at = :now, revoked_by = :by WHERE id = :id AND revoked_at IS NULL")
			.param("now", java.sql.Timestamp.from(now))
			.param("by", me.getUsername())
			.param("id", id)
			.update();
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("revokedAt", null);
		this.audit.updated("api_token", id, before, Map.of("revokedAt", now));
		return true;
	}

	/**
	 * The user a bearer secret acts for, with the rights they hold now and whether the
	 * token only reads; empty when the secret is unknown, revoked or expired, or its user
	 * disabled. Records the use (to the minute, so a busy integration does not write on
	 * every call).
	 */
	@Transactional
	public java.util.Optional<Bearer> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
			return java.util.Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				SELECT t.id, t.read_only, t.expires_at, t.last_used_at, t.revoked_at, u.username, u.display_name,
				       u.role, u.zone_code, u.enterprise_id, u.department_code, u.chain_code, u.enabled,
				       u.home_zone_code
				FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE t.token_hash = :hash""")
			.param("hash", hash(secret))
			.query((rs, row) -> {
				Instant expires = rs.getTimestamp("expires_at").toInstant();
				java.sql.Timestamp lastUsed = rs.getTimestamp("last_used_at");
				boolean usable = rs.getTimestamp("revoked_at") == null && now.isBefore(expires)
						&& rs.getBoolean("enabled");
				DataScope scope = new DataScope(Role.valueOf(rs.getString("role")), rs.getString("zone_code"),
						rs.getObject("enterprise_id", Long.class), rs.getString("chain_code"),
						rs.getString("department_code"));
				GaoxinPrincipal principal = new GaoxinPrincipal(rs.getString("username"), null,
						rs.getString("display_name"), true, scope, rs.getString("home_zone_code"));
				boolean stale = lastUsed == null || lastUsed.toInstant().plus(LAST_USE_GRAIN).isBefore(now);
				return new Bearer(rs.getLong("id"), principal, rs.getBoolean("read_only"), usable && stale, usable);
			})
			.optional()
			.filter(Bearer::usable)
			.map((bearer) -> {
				if (bearer.recordUse()) {
					this.jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id")
						.param("now", java.sql.Timestamp.from(now))
						.param("id", bearer.tokenId())
						.update();
				}
				return bearer;
			});
	}

	/** A call authenticated by a token. */
	public record Bearer(long tokenId, GaoxinPrincipal principal, boolean readOnly, boolean recordUse, boolean usable) {
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

	private static void requireAdministrator(DataScope scope) {
		if (scope.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only an administrator sees every user's API tokens");
		}
	}

}
