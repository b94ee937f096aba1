package org.gaoxin.shared.web;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.gaoxin.shared.ConflictException;
import org.gaoxin.shared.EditConflict;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.NotFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * What went wrong with a request, told once for pages and the API: the status, the text
 * (a message in the reader's language), and for a refused input the field and the rule it
 * breaks. Every exception maps to one; what is not a client's mistake is a 500 whose text
 * gives nothing away.
 *
 * @param details the problems the text sums up (every problem of a refused file)
 * @param currentVersion for a save on a stale copy, the version now stored
 */
record Refusal(HttpStatus status, Message text, String field, String rule, List<Message> details,
		Integer currentVersion) {

	Refusal(HttpStatus status, Message text, String field, String rule, List<Message> details) {
		this(status, text, field, rule, details, null);
	}

	static Refusal of(Throwable ex) {
		if (ex instanceof InputRefused refused) {
			return refused(refused);
		}
		if (ex instanceof EditConflict conflict) {
			return new Refusal(HttpStatus.CONFLICT, conflict.text(), null, null, conflict.details(),
					conflict.currentVersion());
		}
		if (ex instanceof NotFoundException notFound) {
			return (notFound.text() != null) ? new Refusal(HttpStatus.NOT_FOUND, notFound.text(), null, null, List.of())
					: plain(HttpStatus.NOT_FOUND, "error.notFound");
		}
		if (ex instanceof ConflictException conflict) {
			return new Refusal(HttpStatus.CONFLICT, conflict.text(), null, null, conflict.details());
		}
		if (ex instanceof AccessDeniedException) {
			return plain(HttpStatus.FORBIDDEN, "error.forbidden");
		}
		if (ex instanceof MessageException message) {
			return new Refusal(HttpStatus.BAD_REQUEST, message.text(), null, null, message.details());
		}
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			// a bounded reading refused the text (a number too long, see InputLimits):
			// its
			// rule, at the parameter's name
			InputRefused nested = nested(mismatch.getCause());
			return refused((nested != null) ? nested.at(mismatch.getName())
					: new InputRefused(mismatch.getName(), ruleFor(mismatch.getRequiredType())));
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return refused(new InputRefused(missing.getParameterName(), "required"));
		}
		if (ex instanceof MissingServletRequestPartException missing) {
			return refused(new InputRefused(missing.getRequestPartName(), "required"));
		}
		if (ex instanceof MaxUploadSizeExceededException) {
			return new Refusal(HttpStatus.CONTENT_TOO_LARGE, Message.of("validation.fileTooLarge", "file"), "file",
					"fileTooLarge", List.of());
		}
		if (ex instanceof MultipartException) {
			// a form post without a file, or not a multipart request at all
			return refused(new InputRefused("file", "required"));
		}
		if (ex instanceof HttpMessageNotReadableException unreadable) {
			Refusal byRecord = refusedByRecord(unreadable.getCause());
			return (byRecord != null) ? byRecord : refused(body(unreadable.getCause()));
		}
		if (ex instanceof DuplicateKeyException || ex instanceof ConcurrencyFailureException) {
			return plain(HttpStatus.CONFLICT, "validation.busy");
		}
		if (ex instanceof DataIntegrityViolationException) {
			return plain(HttpStatus.BAD_REQUEST, "validation.storage");
		}
		if (ex instanceof ErrorResponse response) {
			return byStatus(response.getStatusCode());
		}
		if (ex instanceof IllegalStateException) {
			// a record whose state does not allow it (approving a draft, say)
			return plain(HttpStatus.CONFLICT, "validation.state");
		}
		if (ex instanceof IllegalArgumentException) {
			return plain(HttpStatus.BAD_REQUEST, "validation.invalidRequest");
		}
		return plain(HttpStatus.INTERNAL_SERVER_ERROR, "error.generic");
	}

	/** A status set without an exception (the container's 404 for an unknown address). */
	static Refusal byStatus(HttpStatusCode code) {
		HttpStatus status = HttpStatus.resolve(code.value());
		if (status == null) {
			status = code.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
		}
		return switch (status) {
			case NOT_FOUND -> plain(status, "error.notFound");
			case FORBIDDEN -> plain(status, "error.forbidden");
			case METHOD_NOT_ALLOWED -> plain(status, "validation.method");
			case UNSUPPORTED_MEDIA_TYPE -> plain(status, "validation.mediaType");
			case NOT_ACCEPTABLE -> plain(status, "validation.notAcceptable");
			case UNAUTHORIZED -> plain(status, "validation.unauthorized");
			case CONTENT_TOO_LARGE -> plain(status, "validation.fileTooLarge");
			default -> plain(status, status.is4xxClientError() ? "validation.invalidRequest" : "error.generic");
		};
	}

	ProblemDetail problem(Texts texts, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(this.status, texts.render(this.text));
		problem.setTitle(texts.get("validation.status." + this.status.value()));
		try {
			problem.setInstance(java.net.URI.create(ErrorModel.requestedPath(request)));
		}
		catch (IllegalArgumentException ex) {
			// an address that is not a URI as sent: the problem goes without it
		}
		problem.setProperty("code", this.text.code());
		if (this.field != null) {
			problem.setProperty("field", this.field);
			problem.setProperty("rule", this.rule);
		}
		if (!this.details.isEmpty()) {
			problem.setProperty("problems", this.details);
		}
		if (this.currentVersion != null) {
			problem.setProperty("currentVersion", this.currentVersion);
		}
		return problem;
	}

	/**
	 * The view of a page's error: error/400, error/403, error/404, error/409 or
	 * error/500.
	 */
	String view() {
		return switch (this.status.value()) {
			case 403 -> "error/403";
			case 404 -> "error/404";
			case 409 -> "error/409";
			default -> this.status.is4xxClientError() ? "error/400" : "error/500";
		};
	}

	private static Refusal refused(InputRefused refused) {
		return new Refusal(HttpStatus.BAD_REQUEST, refused.text(), refused.field(), refused.rule(), List.of());
	}

	private static Refusal plain(HttpStatus status, String code) {
		return new Refusal(status, Message.of(code), null, null, List.of());
	}

	private static String ruleFor(Class<?> type) {
		if (type == null) {
			return "type";
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return "integer";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "yesNo";
		}
		if (type == java.math.BigDecimal.class || type == double.class || type == Double.class) {
			return "number";
		}
		if (type == java.util.UUID.class) {
			return "id";
		}
		return "type";
	}

	/**
	 * Which property of a JSON body was wrong, and how: an unknown field, a text where a
	 * number belongs, a number too long, a value a record refused, broken JSON.
	 */
	private static InputRefused body(Throwable cause) {
		InputRefused nested = nested(cause);
		String path = (cause instanceof JacksonException jackson) ? path(jackson.getPath()) : "";
		String field = path.isEmpty() ? "body" : path;
		if (nested != null) {
			// a property deserializer names no field (the path does); a record's check
			// names its own, under the path of the record
			String own = nested.field();
			return nested.at(own.isEmpty() ? field : (path.isEmpty() ? own : path + "." + own));
		}
		if (cause instanceof UnrecognizedPropertyException unknown) {
			List<String> known = (unknown.getKnownPropertyIds() != null)
					? unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList() : List.of();
			return new InputRefused(field, "unknownField", known);
		}
		if (cause instanceof InvalidNullException) {
			return new InputRefused(field, "required");
		}
		if (cause instanceof MismatchedInputException mismatch) {
			return new InputRefused(field, ruleFor(mismatch.getTargetType()));
		}
		if (cause instanceof ValueInstantiationException) {
			return new InputRefused(field, "invalid");
		}
		if (cause instanceof InputCoercionException coercion && range(coercion.getTargetType()) != null) {
			long[] range = range(coercion.getTargetType());
			return new InputRefused(field, "range", range[0], range[1]);
		}
		if (cause instanceof StreamConstraintsException || cause instanceof InputCoercionException) {
			return new InputRefused(field, "digits", BoundedDecimalJson.INTEGER_DIGITS, BoundedDecimalJson.SCALE);
		}
		if (cause instanceof StreamReadException syntax && syntax.getLocation() != null) {
			return new InputRefused(field, "syntax", syntax.getLocation().getLineNr(),
					syntax.getLocation().getColumnNr());
		}
		return new InputRefused(field, (cause == null) ? "required" : "invalid");
	}

	/** The range of a whole-number type, null for another type. */
	private static long[] range(Class<?> type) {
		if (type == int.class || type == Integer.class) {
			return new long[] { Integer.MIN_VALUE, Integer.MAX_VALUE };
		}
		if (type == long.class || type == Long.class) {
			return new long[] { Long.MIN_VALUE, Long.MAX_VALUE };
		}
		return null;
	}

	/**
	 * A value a record of the body refused with its own message (an expert score outside
	 * the range the rules allow), told in that message at the property's path.
	 */
	private static Refusal refusedByRecord(Throwable cause) {
		for (Throwable t = cause; t != null && t != t.getCause(); t = t.getCause()) {
			if (t instanceof InputRefused) {
				return null;
			}
			if (t instanceof MessageException message) {
				String path = (cause instanceof JacksonException jackson) ? path(jackson.getPath()) : "";
				return new Refusal(HttpStatus.BAD_REQUEST, message.text(), path.isEmpty() ? "body" : path, "invalid",
						message.details());
			}
		}
		return null;
	}

	private static InputRefused nested(Throwable ex) {
		for (Throwable t = ex; t != null && t != t.getCause(); t = t.getCause()) {
			if (t instanceof InputRefused refused) {
				return refused;
			}
		}
		return null;
	}

	/** A Jackson path as people read it: {@code highTech.years[0].rdExpense}. */
	private static String path(List<JacksonException.Reference> references) {
		return references.stream().map((reference) -> {
			String name = reference.getPropertyName();
			return (name != null) ? "." + name : "[" + reference.getIndex() + "]";
		}).collect(Collectors.joining()).replaceFirst("^\\.", "");
	}

}
