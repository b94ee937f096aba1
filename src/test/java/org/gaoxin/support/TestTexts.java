package org.gaoxin.support;

import java.util.Locale;

import org.gaoxin.shared.Message;
import org.gaoxin.shared.web.Texts;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's real bundles for plain unit tests of engines: renders a message as a
 * Chinese or an English reader sees it.
 */
public final class TestTexts {

	private static final Texts TEXTS = Texts.of(bundles(), true);

	private TestTexts() {
	}

	public static String zh(Message message) {
		return TEXTS.render(message, Locale.SIMPLIFIED_CHINESE);
	}

	public static String en(Message message) {
		return TEXTS.render(message, Locale.ENGLISH);
	}

	public static Texts texts() {
		return TEXTS;
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/messages", "i18n/labels", "i18n/enterprise", "i18n/intake", "i18n/workflow",
				"i18n/quality", "i18n/qualification", "i18n/evaluation", "i18n/security", "i18n/standard",
				"i18n/validation", "i18n/target");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
