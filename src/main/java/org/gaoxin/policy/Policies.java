package org.gaoxin.policy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.policy.internal.PolicyParser;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of support policies, like the standards': a version once loaded never
 * changes (the same file again is a no-op, other content under a loaded version is
 * refused), every version is kept with its file and hash, and an administrator retires a
 * version, which is then matched no more (its payment lists stay readable).
 */
@Service
public class Policies {

	public static final int MAX_FILE_BYTES = 200_000;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final Map<String, Policy> parsed = new ConcurrentHashMap<>();

	Policies(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Reads and checks a file without storing it. */
	public static Policy parse(String fileName, byte[] content, String source) {
		String text;
		try {
			text = org.gaoxin.shared.yaml.YamlObject.decode(content, MAX_FILE_BYTES);
		}
		catch (org.gaoxin.shared.yaml.YamlObject.Unreadable ex) {
			throw new PolicyFormatException(fileName, List.of(ex.problem()));
		}
		return PolicyParser.parse(fileName, text, source);
	}

	/** Loads a file from a trusted place (the built-in policies, the policies folder). */
	@Transactional
	public Policy load(String fileName, byte[] content, String source) {
		Policy policy = parse(fileName, content, source);
		Optional<PolicyVersion> existing = version(policy.code(), policy.version());
		if (existing.isPresent()) {
			if (!existing.get().checksum().equals(policy.checksum())) {
				throw new PolicyFormatException(fileName,
						List.of(Message.of("policy.problem.versionExists", policy.reference())));
			}
			this.parsed.put(policy.reference(), policy);
			return policy;
		}
		this.jdbc.sql("""
				INSERT INTO policy_version (code, version, name_zh, content, source, checksum, loaded_at)
				VALUES (:code, :version, :name, :content, :source, :checksum, :at)""")
			.param("code", policy.code())
			.param("version", policy.version())
			.param("name", policy.name().zh())
			.param("content", new String(content, StandardCharsets.UTF_8))
			.param("source", source)
			.param("checksum", policy.checksum())
			.param("at", OffsetDateTime.now(this.clock))
			.update();
		this.audit.created("policy", policy.reference(),
				Map.of("source", source, "checksum", policy.checksum(), "articles", policy.articles().size()));
		this.parsed.put(policy.reference(), policy);
		return policy;
	}

	/** Every loaded version, retired ones included, in the order they were loaded. */
	@Transactional(readOnly = true)
	public List<PolicyVersion> versions() {
		return this.jdbc.sql("""
				SELECT code, version, name_zh, source, checksum, loaded_at, retired_at, retired_by
				FROM policy_version ORDER BY id""").query((rs, row) -> {
			OffsetDateTime retired = rs.getObject("retired_at", OffsetDateTime.class);
			return new PolicyVersion(rs.getString("code"), rs.getString("version"), rs.getString("name_zh"),
					rs.getString("source"), rs.getString("checksum"),
					rs.getObject("loaded_at", OffsetDateTime.class).toInstant(),
					(retired != null) ? retired.toInstant() : null, rs.getString("retired_by"));
		}).list();
	}

	/** The policies matched: each code's latest version not retired, in code order. */
	@Transactional(readOnly = true)
	public List<Policy> offered() {
		Map<String, PolicyVersion> latest = new LinkedHashMap<>();
		versions().stream().filter((v) -> !v.retired()).forEach((v) -> latest.put(v.code(), v));
		List<Policy> policies = new ArrayList<>();
		latest.values()
			.stream()
			.sorted(java.util.Comparator.comparing(PolicyVersion::code))
			.forEach((v) -> policies.add(get(v.code(), v.version())));
		return policies;
	}

	/** A version, retired or not (payment lists name the version they were made from). */
	@Transactional(readOnly = true)
	public Policy get(String code, String version) {
		return this.parsed.computeIfAbsent(code + "@" + version, (reference) -> {
			String content = this.jdbc.sql("SELECT content FROM policy_version WHERE code = :code AND version = :v")
				.param("code", code)
				.param("v", version)
				.query(String.class)
				.optional()
				.orElseThrow(() -> new NotFoundException("No policy " + reference));
			return parse(code, content.getBytes(StandardCharsets.UTF_8), "stored:" + reference);
		});
	}

	/** The offered version of a policy, or not found. */
	public Policy offered(String code) {
		return offered().stream()
			.filter((p) -> p.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No policy " + code));
	}

	/**
	 * Retires a version (administrators only), audited.
	 * @return false when it was retired already
	 */
	@Transactional
	public boolean retire(String code, String version, DataScope scope) {
		if (scope.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only an administrator retires policies");
		}
		version(code, version).orElseThrow(() -> new NotFoundException("No policy " + code + "@" + version));
		int changed = this.jdbc.sql("""
				UPDATE policy_version SET retired_at = :at, retired_by = :by
				WHERE code = :code AND version = :version AND retired_at IS NULL""")
			.param("at", OffsetDateTime.now(this.clock))
			.param("by", this.audit.actor())
			.param("code", code)
			.param("version", version)
			.update();
		if (changed == 0) {
			return false;
		}
		this.audit.updated("policy", code + "@" + version, Map.of("retired", false), Map.of("retired", true));
		return true;
	}

	private Optional<PolicyVersion> version(String code, String version) {
		return versions().stream().filter((v) -> v.code().equals(code) && v.version().equals(version)).findFirst();
	}

}
