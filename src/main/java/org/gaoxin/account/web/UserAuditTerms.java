package org.gaoxin.account.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.gaoxin.account.Accounts;
import org.gaoxin.account.Department;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditTerms;
import org.gaoxin.shared.web.Texts;

import org.springframework.stereotype.Component;

/** A user account's logged fields in words: role, zones and chain by name. */
@Component
class UserAuditTerms implements AuditTerms {

	private static final Map<String, String> FIELDS = Map.of("username", "audit.field.user.username", "role",
			"audit.field.user.role", "zone", "common.zone", "enterprise", "audit.field.user.enterprise", "department",
			"audit.field.user.department", "chain", "enterprise.chain", "homeZone", "audit.field.user.homeZone",
			"displayName", "audit.field.user.displayName", "enabled", "audit.field.user.enabled");

	private final Texts texts;

	private final Accounts accounts;

	UserAuditTerms(Texts texts, Accounts accounts) {
		this.texts = texts;
		this.accounts = accounts;
	}

	@Override
	public String entity() {
		return "user";
	}

	@Override
	public String field(String field, Locale locale) {
		String key = FIELDS.get(field);
		return (key != null) ? this.texts.get(key, locale) : null;
	}

	@Override
	public String value(String field, String value, Locale locale) {
		if ("role".equals(field) && Arrays.stream(Role.values()).anyMatch((role) -> role.name().equals(value))) {
			return this.texts.label(Role.valueOf(value), locale);
		}
		if ("department".equals(field)) {
			return this.accounts.departments()
				.stream()
				.filter((department) -> department.code().equals(value))
				.map((Department department) -> Texts.chinese(locale) ? department.nameZh() : department.nameEn())
				.findFirst()
				.orElse(null);
		}
		return null;
	}

	@Override
	public String references(String field) {
		return switch (field) {
			case "zone", "homeZone" -> "zone";
			case "chain" -> "chain";
			default -> null;
		};
	}

}
