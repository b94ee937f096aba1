package org.gaoxin.shared.web;

import java.util.Locale;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The API's JSON of a value written outside a request (the command line): its messages
 * rendered in the given language, as {@link MessageJson} renders them for the caller's.
 */
@Component
public class LocalizedJson {

	private final ObjectMapper json;

	LocalizedJson(ObjectMapper json) {
		this.json = json;
	}

	public String write(Object value, Locale locale) {
		Locale before = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(locale);
		try {
			return this.json.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
		}
		finally {
			LocaleContextHolder.setLocale(before);
		}
	}

}
