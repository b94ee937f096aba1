package org.gaoxin.account.web;

import java.util.Locale;

import org.gaoxin.account.Accounts;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditTerms;
import org.gaoxin.audit.FieldTerms;
import org.gaoxin.shared.web.Texts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Accounts in the change log: a user's role, zones, chain and department by name; a
 * sign-in lock ("account:li") as the account or address it holds, with its counts; an API
 * token's name, rights and life.
 */
@Configuration(proxyBeanMethods = false)
class UserAuditTerms {

	@Bean
	AuditTerms userTerms(Texts texts, Accounts accounts) {
		return FieldTerms.of("user", texts)
			.field("username", "audit.field.user.username")
			.field("displayName", "audit.field.user.displayName")
			.field("role", "audit.field.user.role", Role.class)
			.reference("zone", "common.zone", "zone")
			.reference("homeZone", "audit.field.user.homeZone", "zone")
			.reference("chain", "enterprise.chain", "chain")
			.field("enterprise", "audit.field.user.enterprise")
			.field("department", "audit.field.user.department",
					(code, locale) -> accounts.departments()
						.stream()
						.filter((department) -> department.code().equals(code))
						.map((department) -> Texts.chinese(locale) ? department.nameZh() : department.nameEn())
						.findFirst()
						.orElse(null))
			.field("enabled", "audit.field.user.enabled");
	}

	@Bean
	AuditTerms apiTokenTerms(Texts texts) {
		return FieldTerms.of("api_token", texts)
			.field("name", "audit.field.api_token.name")
			.field("prefix", "audit.field.api_token.prefix")
			.field("readOnly", "audit.field.api_token.readOnly",
					(value, locale) -> texts.get(Boolean.parseBoolean(value) ? "common.yes" : "common.no", locale))
			.field("expiresAt", "audit.field.api_token.expiresAt")
			.field("revokedAt", "audit.field.api_token.revokedAt");
	}

	@Bean
	AuditTerms loginLockTerms(Texts texts) {
		return FieldTerms.of("login_lock", texts)
			.field("failures", "audit.field.login_lock.failures")
			.field("lockedUntil", "audit.field.login_lock.lockedUntil")
			.records((key, locale) -> lockRecord(texts, key, locale));
	}

	private static String lockRecord(Texts texts, String key, Locale locale) {
		int colon = key.indexOf(':');
		String kind = (colon > 0) ? key.substring(0, colon) : "";
		return switch (kind) {
			case "account", "address" -> texts.get("audit.record.login_lock." + kind, locale, key.substring(colon + 1));
			default -> null;
		};
	}

}
