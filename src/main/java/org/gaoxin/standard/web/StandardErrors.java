package org.gaoxin.standard.web;

import org.gaoxin.shared.web.Texts;
import org.gaoxin.standard.StandardFormatException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused standard file: the problem names the file and lists every problem, each a
 * message ({@code code}, {@code text} in the reader's language) with its path and line.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = StandardApi.class)
class StandardErrors {

	private final Texts texts;

	StandardErrors(Texts texts) {
		this.texts = texts;
	}

	@ExceptionHandler(StandardFormatException.class)
	ProblemDetail invalidFile(StandardFormatException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, this.texts.render(ex.text()));
		problem.setProperty("code", ex.text().code());
		problem.setProperty("file", ex.file());
		problem.setProperty("problems", ex.problems());
		return problem;
	}

}
