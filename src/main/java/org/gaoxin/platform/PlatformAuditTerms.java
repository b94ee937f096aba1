package org.gaoxin.platform;

import org.gaoxin.audit.AuditTerms;
import org.gaoxin.audit.FieldTerms;
import org.gaoxin.shared.web.Texts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An innovation platform's logged fields in words: kind and level named, zone by name.
 */
@Configuration(proxyBeanMethods = false)
class PlatformAuditTerms {

	@Bean
	AuditTerms platformTerms(Texts texts) {
		return FieldTerms.of("platform", texts)
			.reference("zone", "common.zone", "zone")
			.field("kind", "audit.field.platform.kind", PlatformKind.class)
			.field("name", "audit.field.platform.name")
			.field("level", "audit.field.platform.level", PlatformLevel.class)
			.field("established", "audit.field.platform.established")
			.field("closed", "audit.field.platform.closed");
	}

}
