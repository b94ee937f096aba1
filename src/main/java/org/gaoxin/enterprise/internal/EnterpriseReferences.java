package org.gaoxin.enterprise.internal;

import java.util.List;
import java.util.Locale;

import org.gaoxin.audit.AuditReferences;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enterprises in the change log: the id other records' keys hold ("325" of the report
 * "325/2022") reads as the enterprise's name, and a search for its credit code finds
 * those records. Only the log's readers see it (whoever reads the whole log, or a
 * record's own history).
 */
@Component
class EnterpriseReferences implements AuditReferences {

	private final JdbcClient jdbc;

	EnterpriseReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "enterprise";
	}

	@Override
	@Transactional(readOnly = true)
	public String name(String key, Locale locale) {
		if (!key.matches("\\d{1,18}")) {
			return null;
		}
		return this.jdbc.sql("SELECT name FROM enterprise WHERE id = :id")
			.param("id", Long.parseLong(key))
			.query(String.class)
			.optional()
			.orElse(null);
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> keysNamedBy(String text) {
		String code = text.strip().toUpperCase(Locale.ROOT);
		if (!code.matches("[0-9A-Z]{18}")) {
			return List.of();
		}
		return this.jdbc.sql("SELECT id FROM enterprise WHERE credit_code = :code")
			.param("code", code)
			.query(Long.class)
			.list()
			.stream()
			.map(String::valueOf)
			.toList();
	}

}
