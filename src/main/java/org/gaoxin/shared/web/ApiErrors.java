package org.gaoxin.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API answers every error as an RFC 9457 problem in the reader's language: status,
 * title, detail, the message {@code code}, and for a refused input its {@code field} and
 * {@code rule} (see {@link Refusal}). It handles every exception of a REST controller, so
 * it comes before the page handler ({@link WebErrors}), which would match REST
 * controllers too; a module's own advice for one exception type goes before it with a
 * higher precedence.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	private final Texts texts;

	ApiErrors(Texts texts) {
		this.texts = texts;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> refused(Exception ex, HttpServletRequest request) {
		Refusal refusal = Refusal.of(ex);
		if (refusal.status().is5xxServerError()) {
			log.error("Request {} {} failed", request.getMethod(), request.getRequestURI(), ex);
		}
		return ResponseEntity.status(refusal.status())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(refusal.problem(this.texts, request));
	}

}
