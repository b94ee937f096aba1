package org.gaoxin.audit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.gaoxin.shared.Page;
import org.gaoxin.shared.PageRequest;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change log. Modules call it inside their own transaction, so a change and its audit
 * lines are written or rolled back together.
 */
@Service
public class AuditLog {

	static final String SYSTEM_ACTOR = "system";

	/** The source the demo generator's loads are logged under. */
	public static final String GENERATED = "demo generator";

	/** How {@link #importSource} writes a file import, for {@link AuditLines} to read. */
	static final Pattern IMPORT_SOURCE = Pattern.compile("import (.*) \\(([0-9a-f]{8})\\)", Pattern.DOTALL);

	private static final int MAX_VALUE_LENGTH = 1000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final org.springframework.jdbc.core.JdbcTemplate batch;

	private final ObjectProvider<AuditNames> names;

	private final ObjectProvider<AuditTerms> terms;

	// names and terms come from modules that write to the log themselves: resolved when a
	// search needs them, not when the log is made
	AuditLog(JdbcClient jdbc, Clock clock, org.springframework.jdbc.core.JdbcTemplate batch,
			ObjectProvider<AuditNames> names, ObjectProvider<AuditTerms> terms) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.batch = batch;
		this.names = names;
		this.terms = terms;
	}

	/**
	 * The source of a file's import as the log keeps it: the file's name (shortened) and
	 * the first part of the import's id. The log reads it in the reader's language.
	 */
	public static String importSource(String fileName, UUID job) {
		String name = (fileName != null) ? fileName : "";
		return "import " + ((name.length() > 60) ? name.substring(0, 60) + "…" : name) + " ("
				+ job.toString().substring(0, 8) + ")";
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void created(String entity, Object key, Map<String, ?> values) {
		write(AuditAction.CREATE, entity, key, null, null, describe(values));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void deleted(String entity, Object key, Map<String, ?> values) {
		write(AuditAction.DELETE, entity, key, null, describe(values), null);
	}

	/** Records one line per field whose value differs between before and after. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int updated(String entity, Object key, Map<String, ?> before, Map<String, ?> after) {
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		int changes = 0;
		for (String field : fields) {
			String old = format(before.get(field));
			String now = format(after.get(field));
			if (!Objects.equals(old, now)) {
				write(AuditAction.UPDATE, entity, key, field, old, now);
				changes++;
			}
		}
		return changes;
	}

	/** A record's values before and after a change, for the batched methods. */
	public record Change(Object key, Map<String, ?> before, Map<String, ?> after) {
	}

	/** Many records changed at once: one line per changed field of each, in one batch. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void updatedAll(String entity, List<Change> changes) {
		List<Object[]> lines = new java.util.ArrayList<>();
		for (Change change : changes) {
			Set<String> fields = new LinkedHashSet<>(change.before().keySet());
			fields.addAll(change.after().keySet());
			for (String field : fields) {
				String old = format(change.before().get(field));
				String now = format(change.after().get(field));
				if (!Objects.equals(old, now)) {
					lines.add(new Object[] { "UPDATE", String.valueOf(change.key()), field, truncate(old),
							truncate(now) });
				}
			}
		}
		batch(entity, lines);
	}

	/** Many records created at once: one line each, with its values, in one batch. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void createdAll(String entity, Map<?, ? extends Map<String, ?>> created) {
		List<Object[]> lines = new java.util.ArrayList<>();
		created.forEach((key, values) -> lines
			.add(new Object[] { "CREATE", String.valueOf(key), null, null, truncate(describe(values)) }));
		batch(entity, lines);
	}

	private void batch(String entity, List<Object[]> lines) {
		OffsetDateTime at = OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC);
		String actor = currentActor();
		this.batch.batchUpdate("""
				INSERT INTO audit_log (occurred_at, actor, action, entity, entity_key, field, old_value, new_value)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", lines, 1000, (statement, line) -> {
			statement.setObject(1, at);
			statement.setString(2, actor);
			statement.setString(3, (String) line[0]);
			statement.setString(4, entity);
			statement.setString(5, (String) line[1]);
			statement.setString(6, (String) line[2]);
			statement.setString(7, (String) line[3]);
			statement.setString(8, (String) line[4]);
		});
	}

	/**
	 * A bulk load (demo seed, file import) is one line that says what was loaded and how
	 * much.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void imported(String entity, String source, int count) {
		write(AuditAction.IMPORT, entity, source, null, null, count + " records");
	}

	/**
	 * A bulk load that names every record it created: the summary line, and one line per
	 * record saying which load created it (so "who entered this?" has an answer for each
	 * record).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void importedRecords(String entity, String source, List<String> keys) {
		imported(entity, source, keys.size());
		OffsetDateTime at = OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC);
		String actor = currentActor();
		String note = truncate("imported: " + source);
		this.batch.batchUpdate("""
				INSERT INTO audit_log (occurred_at, actor, action, entity, entity_key, field, old_value, new_value)
				VALUES (?, ?, 'CREATE', ?, ?, NULL, NULL, ?)""", keys, 1000, (statement, key) -> {
			statement.setObject(1, at);
			statement.setString(2, actor);
			statement.setString(3, entity);
			statement.setString(4, key);
			statement.setString(5, note);
		});
	}

	/**
	 * {@link #importedRecords} for records a query selects, written set-based (a staged
	 * import's new records, however many): {@code keysSelect} yields one column,
	 * {@code record_key}, and may use named parameters given in {@code params}.
	 * @return how many records the line names
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int importedRecordsSelected(String entity, String source, String keysSelect, Map<String, ?> params) {
		Map<String, Object> all = new HashMap<>(params);
		all.put("auditAt", OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC));
		all.put("auditActor", currentActor());
		all.put("auditEntity", entity);
		all.put("auditNote", truncate("imported: " + source));
		int count = this.jdbc.sql("""
				INSERT INTO audit_log (occurred_at, actor, action, entity, entity_key, field, old_value, new_value)
				SELECT CAST(:auditAt AS TIMESTAMP WITH TIME ZONE), CAST(:auditActor AS VARCHAR(64)), 'CREATE',
				       CAST(:auditEntity AS VARCHAR(48)), k.record_key, NULL, NULL, CAST(:auditNote AS VARCHAR(1000))
				FROM (""" + keysSelect + ") k").params(all).update();
		imported(entity, source, count);
		return count;
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> recent(int limit) {
		return this.jdbc.sql("SELECT * FROM audit_log ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
			.param("limit", Math.min(Math.max(limit, 1), 500))
			.query(AuditLog::map)
			.list();
	}

	/** The lines the search finds, newest first. */
	@Transactional(readOnly = true)
	public Page<AuditEntry> search(AuditSearch search, PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		String where = where(search, params);
		long total = this.jdbc.sql("SELECT COUNT(*) FROM audit_log" + where).params(params).query(Long.class).single();
		params.put("offset", page.offset());
		params.put("size", page.size());
		List<AuditEntry> entries = this.jdbc
			.sql("SELECT * FROM audit_log" + where + " ORDER BY id DESC OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
			.params(params)
			.query(AuditLog::map)
			.list();
		return new Page<>(entries, page.page(), page.size(), total);
	}

	/** The newest {@code limit} lines the search finds, for an export. */
	@Transactional(readOnly = true)
	public List<AuditEntry> list(AuditSearch search, int limit) {
		Map<String, Object> params = new HashMap<>();
		String where = where(search, params);
		params.put("limit", Math.max(limit, 1));
		return this.jdbc.sql("SELECT * FROM audit_log" + where + " ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
			.params(params)
			.query(AuditLog::map)
			.list();
	}

	/** The search as bound conditions; dates are days in the application's time zone. */
	private String where(AuditSearch search, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		if (search.actor() != null) {
			where.append(" AND LOWER(actor) LIKE :actor ESCAPE '\\'");
			params.put("actor", containsPattern(search.actor()));
		}
		if (search.entity() != null) {
			where.append(" AND entity = :entity");
			params.put("entity", search.entity());
		}
		if (search.key() != null) {
			where.append(" AND (LOWER(entity_key) LIKE :key ESCAPE '\\'")
				.append(concerning(search.key(), params))
				.append(")");
			params.put("key", containsPattern(search.key()));
		}
		ZoneId zone = this.clock.getZone();
		if (search.from() != null) {
			where.append(" AND occurred_at >= :from");
			params.put("from", search.from().atStartOfDay(zone).toOffsetDateTime());
		}
		if (search.to() != null) {
			where.append(" AND occurred_at < :to");
			params.put("to", search.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
		}
		return where.toString();
	}

	/**
	 * The records a search text names without being part of their keys, as further
	 * conditions: an enterprise's credit code finds its annual reports ("325/2022") and
	 * its findings by the enterprise's id in their keys.
	 */
	private String concerning(String text, Map<String, Object> params) {
		StringBuilder conditions = new StringBuilder();
		List<AuditTerms> all = this.terms.orderedStream().toList();
		this.names.getObject().keysNamedBy(text).forEach((kind, keys) -> {
			for (String key : keys) {
				for (AuditTerms entity : all) {
					for (String pattern : entity.keysConcerning(kind, key)) {
						int n = params.size();
						conditions.append(" OR (entity = :concerning")
							.append(n)
							.append(" AND entity_key LIKE :pattern")
							.append(n)
							.append(")");
						params.put("concerning" + n, entity.entity());
						params.put("pattern" + n, pattern);
					}
				}
			}
		});
		return conditions.toString();
	}

	/** The kinds of record the log names, for the search's choice. */
	@Transactional(readOnly = true)
	public List<String> entities() {
		return this.jdbc.sql("SELECT DISTINCT entity FROM audit_log ORDER BY entity").query(String.class).list();
	}

	/** The time zone the log's times are shown and searched in: the application's. */
	public ZoneId zone() {
		return this.clock.getZone();
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> forRecord(String entity, Object key) {
		return this.jdbc.sql("SELECT * FROM audit_log WHERE entity = :entity AND entity_key = :key ORDER BY id")
			.param("entity", entity)
			.param("key", String.valueOf(key))
			.query(AuditLog::map)
			.list();
	}

	private void write(AuditAction action, String entity, Object key, String field, String oldValue, String newValue) {
		this.jdbc.sql("""
				INSERT INTO audit_log (occurred_at, actor, action, entity, entity_key, field, old_value, new_value)
				VALUES (:at, :actor, :action, :entity, :key, :field, :old, :new)""")
			.param("at", OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC))
			.param("actor", currentActor())
			.param("action", action.name())
			.param("entity", entity)
			.param("key", String.valueOf(key))
			.param("field", field)
			.param("old", truncate(oldValue))
			.param("new", truncate(newValue))
			.update();
	}

	/**
	 * Who the log records for the current caller, for modules that keep their own history
	 * next to the audit lines (a report's review steps).
	 */
	public String actor() {
		return currentActor();
	}

	static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
			return SYSTEM_ACTOR;
		}
		return authentication.getName();
	}

	private static String describe(Map<String, ?> values) {
		return values.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + format(entry.getValue()))
			.collect(Collectors.joining(", "));
	}

	static String format(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		return value.toString();
	}

	/** A user's text matched literally, anywhere, in any case. */
	private static String containsPattern(String text) {
		String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

	private static String truncate(String value) {
		return (value == null || value.length() <= MAX_VALUE_LENGTH) ? value : value.substring(0, MAX_VALUE_LENGTH);
	}

	private static AuditEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), AuditAction.valueOf(rs.getString("action")), rs.getString("entity"),
				rs.getString("entity_key"), rs.getString("field"), rs.getString("old_value"),
				rs.getString("new_value"));
	}

}
