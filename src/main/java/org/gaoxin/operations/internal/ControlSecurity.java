package org.gaoxin.operations.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The control channel's endpoints (/api/v1/operator/**) answer only a request with this
 * run's token: no user, whatever their role, reaches them with a password. What they do
 * is audited as {@value #ACTOR}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ControlSecurity {

	static final String ACTOR = "command-line";

	@Bean
	@Order(0)
	SecurityFilterChain controlChannelSecurity(HttpSecurity http, ControlChannel channel) throws Exception {
		http.securityMatcher("/api/v1/operator/**")
			.addFilterBefore(new TokenFilter(channel), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole("OPERATOR"))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(
					(request, response, ex) -> response.sendError(HttpServletResponse.SC_UNAUTHORIZED)))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	/** Signs the request in as the command line when it carries the token. */
	static final class TokenFilter extends OncePerRequestFilter {

		private final ControlChannel channel;

		TokenFilter(ControlChannel channel) {
			this.channel = channel;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (this.channel.accepts(request.getHeader(ControlChannel.TOKEN_HEADER))) {
				var context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ACTOR, null,
						List.of(new SimpleGrantedAuthority("ROLE_OPERATOR"))));
				SecurityContextHolder.setContext(context);
			}
			chain.doFilter(request, response);
		}

	}

}
