package org.gaoxin.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages: every error is a page in the layout and the reader's language (error/400, 403,
 * 404, 409, 500) saying what went wrong and, for a refused input, which field and rule. A
 * record that does not exist and one outside the caller's scope are both a 404.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 200)
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class WebErrors {

	private static final Logger log = LoggerFactory.getLogger(WebErrors.class);

	private final Texts texts;

	WebErrors(Texts texts) {
		this.texts = texts;
	}

	@ExceptionHandler(Exception.class)
	ModelAndView refused(Exception ex, HttpServletRequest request) {
		Refusal refusal = Refusal.of(ex);
		if (refusal.status().is5xxServerError()) {
			log.error("Page {} {} failed", request.getMethod(), request.getRequestURI(), ex);
		}
		return ErrorModel.page(refusal, request, this.texts);
	}

}
