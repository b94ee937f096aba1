package org.gaoxin.standard.web;

import org.gaoxin.standard.StandardFormatException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = StandardApi.class)
class StandardErrors {

	@ExceptionHandler(StandardFormatException.class)
	ProblemDetail invalidFile(StandardFormatException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"标准文件有误 / the standard file has problems: " + ex.file());
		problem.setProperty("file", ex.file());
		problem.setProperty("problems", ex.problems());
		return problem;
	}

}
