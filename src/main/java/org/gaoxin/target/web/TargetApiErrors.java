package org.gaoxin.target.web;

import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.web.Texts;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The target API's refusals (a target or a scenario that does not read) as problem
 * details: the reason in the request's language and its message code.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = { TargetApi.class, ScenarioApi.class })
class TargetApiErrors {

	private final Texts texts;

	TargetApiErrors(Texts texts) {
		this.texts = texts;
	}

	@ExceptionHandler(MessageException.class)
	ProblemDetail refused(MessageException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				this.texts.render(ex.text()));
		problem.setProperty("code", ex.text().code());
		return problem;
	}

}
