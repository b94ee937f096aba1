package org.gaoxin.shared.web;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gaoxin.shared.Decimals;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.YearRange;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Rules every request keeps, checked once before any controller sees it: no parameter
 * longer than {@code gaoxin.input.max-parameter-length} characters (2,000), and every
 * {@code year} (parameter or path variable, also {@code fromYear}, {@code toYear}) a
 * whole year within {@link YearRange}; every number parameter read with bounded digits
 * and exponent before it is expanded, as numbers in API bodies are
 * ({@link BoundedDecimalJson}). A refusal names the parameter and the rule.
 */
@Configuration(proxyBeanMethods = false)
class InputLimits implements WebMvcConfigurer, HandlerInterceptor {

	private static final Set<String> YEARS = Set.of("year", "fromYear", "toYear");

	private final YearRange years;

	private final int maxLength;

	InputLimits(YearRange years, @Value("${gaoxin.input.max-parameter-length:2000}") int maxLength) {
		this.years = years;
		this.maxLength = maxLength;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// after the language switch (?lang=), so that a refusal speaks the language asked
		// for
		registry.addInterceptor(this).order(org.springframework.core.Ordered.LOWEST_PRECEDENCE);
	}

	/**
	 * Every {@code BigDecimal} parameter of every route (a budget, a unit cost): a
	 * {@code 1e10000000} was expanded into ten million digits and took 24 seconds.
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, BigDecimal.class, (Converter<String, BigDecimal>) InputLimits::decimal);
	}

	/**
	 * A number parameter: blank is none; otherwise at most as many digits as in an API
	 * body. The parameter's name is added where the refusal is told ({@link Refusal}).
	 */
	static BigDecimal decimal(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return Decimals.parse("", text, BoundedDecimalJson.INTEGER_DIGITS, BoundedDecimalJson.SCALE);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod)) {
			return true;
		}
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				check(parameter.getKey(), value);
			}
		}
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
			variables.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value)));
		}
		return true;
	}

	private void check(String name, String value) {
		if (value == null) {
			return;
		}
		if (value.length() > this.maxLength) {
			throw new InputRefused(name, "tooLong", this.maxLength);
		}
		if (YEARS.contains(name) && !value.isBlank()) {
			String text = value.strip();
			if (!text.matches("[+-]?\\d{1,9}")) {
				throw new InputRefused(name, "year", this.years.min(), this.years.max());
			}
			this.years.check(name, Integer.parseInt(text));
		}
	}

}
