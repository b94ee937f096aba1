package org.gaoxin.chain.internal;

import java.util.Locale;
import java.util.Objects;

import org.gaoxin.audit.AuditReferences;
import org.gaoxin.chain.ChainLink;
import org.gaoxin.chain.Chains;
import org.gaoxin.shared.web.Texts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chains' and links' codes in the change log read as their names. */
@Configuration(proxyBeanMethods = false)
class ChainReferences {

	@Bean
	AuditReferences chainNames(Chains chains) {
		return new Named("chain",
				(code, chinese) -> chains.find(code).map((chain) -> chain.name(chinese)).orElse(null));
	}

	@Bean
	AuditReferences chainLinkNames(Chains chains) {
		return new Named("chainLink",
				(code, chinese) -> chains.all()
					.stream()
					.map((chain) -> chain.link(code).map((ChainLink link) -> link.name(chinese)).orElse(null))
					.filter(Objects::nonNull)
					.findFirst()
					.orElse(null));
	}

	/** Names one kind of record by its code, in Chinese or English. */
	interface Namer {

		String name(String code, boolean chinese);

	}

	record Named(String kind, Namer namer) implements AuditReferences {

		@Override
		public String name(String key, Locale locale) {
			return this.namer.name(key, Texts.chinese(locale));
		}

	}

}
