package org.gaoxin.shared.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An error page in the layout: what the layout reads of every page (the signed-in user,
 * the language, the link that switches it) and what went wrong. Built here because an
 * error is rendered outside the handler that failed, where no model attributes were
 * added.
 */
final class ErrorModel {

	private ErrorModel() {
	}

	static ModelAndView page(Refusal refusal, HttpServletRequest request, Texts texts) {
		ModelAndView view = new ModelAndView(refusal.view());
		view.setStatus(refusal.status());
		Locale locale = LocaleContextHolder.getLocale();
		view.addObject("me", signedIn());
		view.addObject("chinese", Texts.chinese(locale));
		view.addObject("switchLanguageUrl", switchLanguageUrl(request, locale));
		view.addObject("status", refusal.status().value());
		view.addObject("errorTitle", texts.get("validation.status." + refusal.status().value()));
		view.addObject("message", texts.render(refusal.text()));
		view.addObject("field", refusal.field());
		view.addObject("rule", refusal.rule());
		view.addObject("problems", texts.renderAll(refusal.details()));
		return view;
	}

	/** The path the user asked for, also when the container forwarded to /error. */
	static String requestedPath(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (original != null) ? original.toString() : request.getRequestURI();
	}

	private static Object signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof UserDetails user) ? user : null;
	}

	private static String switchLanguageUrl(HttpServletRequest request, Locale locale) {
		String target = Texts.chinese(locale) ? "en" : "zh_CN";
		String path = requestedPath(request);
		boolean forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null;
		return UriComponentsBuilder.fromPath(path)
			.query(forwarded ? null : request.getQueryString())
			.replaceQueryParam("lang", target)
			.build()
			.toUriString();
	}

}
