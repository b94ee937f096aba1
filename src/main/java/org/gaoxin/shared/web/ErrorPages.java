package org.gaoxin.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * What the container shows for errors no controller handled: an unknown address, a 403
 * from the security filters, a failure in a filter. Pages get the error page in the
 * layout; addresses under /api/ get a problem, as from {@link ApiErrors}.
 */
@Controller
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication(
		type = org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type.SERVLET)
class ErrorPages implements ErrorController {

	private final Texts texts;

	private final ErrorAttributes errors;

	private final JsonMapper json;

	ErrorPages(Texts texts, ErrorAttributes errors, JsonMapper json) {
		this.texts = texts;
		this.errors = errors;
		this.json = json;
	}

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ModelAndView error(HttpServletRequest request) {
		Throwable error = this.errors.getError(new ServletWebRequest(request));
		if (error instanceof jakarta.servlet.ServletException && error.getCause() != null) {
			error = error.getCause();
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		// asked for directly, not forwarded by the container: there is no error to show
		HttpStatusCode status = HttpStatusCode
			.valueOf((code instanceof Integer value) ? value : (error != null) ? 500 : 404);
		Refusal refusal = (error != null) ? Refusal.of(error) : Refusal.byStatus(status);
		if (refusal.status().is5xxServerError() && status.is4xxClientError()) {
			// the container's own 4xx (a part too large, say) wrapped in an exception
			refusal = Refusal.byStatus(status);
		}
		if (isApi(request)) {
			Object problem = flat(refusal.problem(this.texts, request));
			HttpStatus answered = refusal.status();
			ModelAndView view = new ModelAndView((View) (model, req, response) -> {
				response.setStatus(answered.value());
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				this.json.writeValue(response.getOutputStream(), problem);
			});
			view.setStatus(answered);
			return view;
		}
		return ErrorModel.page(refusal, request, this.texts);
	}

	/** The API's filter chain covers /api itself as well as everything below it. */
	private static boolean isApi(HttpServletRequest request) {
		String path = ErrorModel.requestedPath(request);
		String api = request.getContextPath() + "/api";
		return path.equals(api) || path.startsWith(api + "/");
	}

	/**
	 * A problem as the API's converters write it: its properties beside the standard
	 * fields.
	 */
	private static java.util.Map<String, Object> flat(org.springframework.http.ProblemDetail problem) {
		java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
		fields.put("type", problem.getType());
		fields.put("title", problem.getTitle());
		fields.put("status", problem.getStatus());
		fields.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			fields.put("instance", problem.getInstance());
		}
		if (problem.getProperties() != null) {
			fields.putAll(problem.getProperties());
		}
		return fields;
	}

}
