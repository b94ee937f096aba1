package org.gaoxin.account.web;

import java.util.Locale;
import java.util.Map;

import org.gaoxin.audit.AuditTerms;
import org.gaoxin.shared.web.Texts;

import org.springframework.stereotype.Component;

/**
 * A sign-in lock in the change log: "account:li" reads as the account, with its counts.
 */
@Component
class LoginLockAuditTerms implements AuditTerms {

	private static final Map<String, String> FIELDS = Map.of("failures", "audit.field.login_lock.failures",
			"lockedUntil", "audit.field.login_lock.lockedUntil");

	private final Texts texts;

	LoginLockAuditTerms(Texts texts) {
		this.texts = texts;
	}

	@Override
	public String entity() {
		return "login_lock";
	}

	@Override
	public String field(String field, Locale locale) {
		String key = FIELDS.get(field);
		return (key != null) ? this.texts.get(key, locale) : null;
	}

	@Override
	public String record(String key, Locale locale) {
		int colon = key.indexOf(':');
		if (colon < 0) {
			return null;
		}
		String kind = key.substring(0, colon);
		if (!kind.equals("account") && !kind.equals("address")) {
			return null;
		}
		return this.texts.get("audit.record.login_lock." + kind, locale, key.substring(colon + 1));
	}

}
