package org.gaoxin.evaluation.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A standard that cannot be evaluated (scoring kind, broken stored file) is a client
 * error, said plainly.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = EvaluationApi.class)
class EvaluationErrors {

	@ExceptionHandler(org.gaoxin.standard.StandardFormatException.class)
	ProblemDetail standardProblem(org.gaoxin.standard.StandardFormatException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setProperty("problems", ex.problems());
		return problem;
	}

}
