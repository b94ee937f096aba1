package org.gaoxin.account.internal;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gaoxin.account.ApiTokens;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.web.Texts;
import tools.jackson.databind.ObjectMapper;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Authenticates an API call that carries {@code Authorization: Bearer <token>}: one
 * lookup of the token's SHA-256, no password hash. An unknown, expired or revoked token,
 * or one whose user is disabled, is a 401 problem; a read-only token asking to change
 * something a 403 problem. Calls without a bearer token go on to HTTP Basic.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

	private final ApiTokens tokens;

	private final ProblemResponse problems;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(ApiTokens tokens, Texts texts, LocaleResolver locales, ObjectMapper json) {
		this.tokens = tokens;
		this.problems = new ProblemResponse(texts, locales, json);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiTokens.Bearer> bearer = this.tokens.authenticate(header.substring(7).strip());
		if (bearer.isEmpty()) {
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			problem(request, response, 401, "Unauthorized", "token.invalid");
			return;
		}
		if (bearer.get().readOnly() && !READING.contains(request.getMethod())) {
			problem(request, response, 403, "Forbidden", "token.readOnly");
			return;
		}
		var principal = bearer.get().principal();
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		this.contexts.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.contexts.clearContext();
		}
	}

	private void problem(HttpServletRequest request, HttpServletResponse response, int status, String title,
			String code) throws IOException {
		this.problems.write(request, response, status, title, Message.of(code),
				Map.of("instance", request.getRequestURI()));
	}

}
