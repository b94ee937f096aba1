package org.gaoxin.account.internal;

import java.time.Clock;
import java.util.Map;

import org.gaoxin.account.ApiTokens;
import org.gaoxin.shared.web.Texts;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two filter chains: the JSON API under /api/v1 authenticates every request with an API
 * token ({@code Authorization: Bearer}) or HTTP Basic and keeps no session (so CSRF does
 * not apply); the pages use form login with a session and CSRF tokens. Nothing is public
 * but the login page and static assets. Both sign in through one throttled password check
 * (gaoxin.login.*); no page is sent with a referrer to another site.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	private final AuthenticationManager signIn;

	private final Texts texts;

	private final LocaleResolver locales;

	private final ObjectMapper json;

	private final Clock clock;

	private final ApiTokens tokens;

	SecurityConfiguration(UserDetailsService users, PasswordEncoder passwords, LoginThrottle throttle, Texts texts,
			LocaleResolver locales, ObjectMapper json, Clock clock, ApiTokens tokens) {
		DaoAuthenticationProvider check = new DaoAuthenticationProvider(users);
		check.setPasswordEncoder(passwords);
		this.signIn = new ProviderManager(new ThrottledAuthenticationProvider(check, throttle));
		this.texts = texts;
		this.locales = locales;
		this.json = json;
		this.clock = clock;
		this.tokens = tokens;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		// 401 without a Basic challenge, so a browser never caches credentials a
		// cross-site request could ride on
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> response
			.sendError(jakarta.servlet.http.HttpServletResponse.SC_UNAUTHORIZED);
		http.securityMatcher("/api/**")
			.authenticationManager(this.signIn)
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(lockedOr(unauthorized)))
			// integrations: a token instead of a password, checked without a password
			// hash
			.addFilterBefore(new BearerTokenFilter(this.tokens, this.texts, this.locales, this.json),
					BasicAuthenticationFilter.class)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthorized))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
		BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
		challenge.setRealmName("Gaoxin");
		ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
		failure.setDefaultFailureUrl("/login?error");
		failure.setExceptionMappings(Map.of(LoginLockedException.class.getName(), "/login?locked"));
		AuthenticationFailureHandler keepingTheName = (request, response, ex) -> {
			FailedSignIn.remember(request);
			failure.onAuthenticationFailure(request, response, ex);
		};
		http.authenticationManager(this.signIn)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/", true)
				.failureHandler(keepingTheName)
				.permitAll())
			// so that API clients can read the OpenAPI document (/v3/api-docs) with their
			// credentials
			.httpBasic((basic) -> basic.authenticationEntryPoint(lockedOr(challenge)))
			// people without a session go to the login page, whatever their browser asks
			// for
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	private AuthenticationEntryPoint lockedOr(AuthenticationEntryPoint otherwise) {
		return new LockedSignInResponse(otherwise, this.texts, this.locales, this.json, this.clock);
	}

}
