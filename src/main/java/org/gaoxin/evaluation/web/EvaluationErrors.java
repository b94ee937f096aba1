package org.gaoxin.evaluation.web;

import org.gaoxin.shared.web.Texts;
import org.gaoxin.standard.StandardFormatException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A stored standard that cannot be evaluated (it no longer passes the checks) is not the
 * caller's mistake in the request but in the data: 422, with every problem of the file.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = EvaluationApi.class)
class EvaluationErrors {

	private final Texts texts;

	EvaluationErrors(Texts texts) {
		this.texts = texts;
	}

	@ExceptionHandler(StandardFormatException.class)
	ProblemDetail standardProblem(StandardFormatException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				this.texts.render(ex.text()));
		problem.setProperty("code", ex.text().code());
		problem.setProperty("problems", ex.problems());
		return problem;
	}

}
