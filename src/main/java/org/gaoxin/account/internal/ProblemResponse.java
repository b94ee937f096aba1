package org.gaoxin.account.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.web.Texts;
import tools.jackson.databind.ObjectMapper;

import org.springframework.web.servlet.LocaleResolver;

/**
 * A refusal written by the security filters, before any controller (and so before
 * {@code ApiErrors}): an RFC 9457 problem in the client's language.
 */
final class ProblemResponse {

	private final Texts texts;

	private final LocaleResolver locales;

	private final ObjectMapper json;

	ProblemResponse(Texts texts, LocaleResolver locales, ObjectMapper json) {
		this.texts = texts;
		this.locales = locales;
		this.json = json;
	}

	/**
	 * Writes the problem: status, title, the message's code and its text as the detail,
	 * and any further members.
	 */
	void write(HttpServletRequest request, HttpServletResponse response, int status, String title, Message message,
			Map<String, Object> more) throws IOException {
		Locale locale = "en".equals(request.getParameter("lang")) ? Locale.ENGLISH
				: this.locales.resolveLocale(request);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status);
		problem.put("code", message.code());
		problem.put("detail", this.texts.render(message, locale));
		problem.putAll(more);
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8);
		response.getWriter().write(this.json.writeValueAsString(problem));
	}

}
