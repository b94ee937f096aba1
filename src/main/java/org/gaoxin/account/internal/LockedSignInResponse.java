package org.gaoxin.account.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.web.Texts;
import tools.jackson.databind.ObjectMapper;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What an HTTP Basic client hears when its sign-in is refused: 429 with Retry-After and a
 * problem detail saying how long the lock lasts, in the client's language, for a locked
 * name or address; otherwise what the given entry point answers.
 */
class LockedSignInResponse implements AuthenticationEntryPoint {

	private final AuthenticationEntryPoint otherwise;

	private final ProblemResponse problems;

	private final Clock clock;

	LockedSignInResponse(AuthenticationEntryPoint otherwise, Texts texts, LocaleResolver locales, ObjectMapper json,
			Clock clock) {
		this.otherwise = otherwise;
		this.problems = new ProblemResponse(texts, locales, json);
		this.clock = clock;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException, jakarta.servlet.ServletException {
		if (!(ex instanceof LoginLockedException locked)) {
			this.otherwise.commence(request, response, ex);
			return;
		}
		long seconds = Math.max(1, Duration.between(this.clock.instant(), locked.lock().lockedUntil()).toSeconds());
		response.setHeader("Retry-After", Long.toString(seconds));
		this.problems.write(request, response, 429, "Too Many Requests",
				Message.of("login.locked.api", (seconds + 59) / 60),
				Map.of("lockedUntil", locked.lock().lockedUntil().toString()));
	}

}
