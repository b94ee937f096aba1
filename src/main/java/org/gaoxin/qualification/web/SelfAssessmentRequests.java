package org.gaoxin.qualification.web;

import java.net.URI;
import java.util.Locale;

import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.web.Texts;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Reads a self-assessment request strictly: a field the rules do not know is refused and
 * named (a misspelt {@code ipAcquisition} would otherwise be dropped silently and leave
 * the score open), as is a score outside its range. Answers are RFC 9457 problem details
 * in the request's language.
 */
@Component
class SelfAssessmentRequests {

	private final ObjectReader reader;

	private final Texts texts;

	SelfAssessmentRequests(JsonMapper json, Texts texts) {
		this.reader = json.readerFor(QualificationApi.SelfAssessmentRequest.class)
			.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
		this.texts = texts;
	}

	QualificationApi.SelfAssessmentRequest read(JsonNode body, Locale locale) {
		try {
			QualificationApi.SelfAssessmentRequest request = this.reader.readValue(body);
			if (request == null) {
				throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
						problem(this.texts.get("qualification.api.unreadable", locale, "", "null")), null);
			}
			return request;
		}
		catch (UnrecognizedPropertyException ex) {
			String field = path(ex);
			ProblemDetail problem = problem(this.texts.get("qualification.api.unknownField", locale, field));
			problem.setProperty("field", field);
			throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, ex);
		}
		catch (JacksonException ex) {
			MessageException refused = messageIn(ex);
			if (refused != null) {
				ProblemDetail problem = problem(this.texts.render(refused.text(), locale));
				problem.setProperty("code", refused.text().code());
				problem.setProperty("field", path(ex));
				throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, ex);
			}
			ProblemDetail problem = problem(
					this.texts.get("qualification.api.unreadable", locale, path(ex), rootCause(ex).getMessage()));
			problem.setProperty("field", path(ex));
			throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, ex);
		}
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setInstance(URI.create("/api/v1/qualifications/self-assessment"));
		return problem;
	}

	/** Where in the body the problem is: {@code highTech.years[2].netAssets}. */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static MessageException messageIn(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MessageException message) {
				return message;
			}
		}
		return null;
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

}
