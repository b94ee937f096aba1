package org.gaoxin.account.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.gaoxin.account.GaoxinPrincipal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout needs: the signed-in user, the language and the links to
 * switch it.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CurrentUserAdvice {

	private final boolean apiDocs;

	CurrentUserAdvice(@Value("${springdoc.swagger-ui.enabled:true}") boolean apiDocs) {
		this.apiDocs = apiDocs;
	}

	/** Whether the API document and Swagger UI are served (off outside the demo). */
	@ModelAttribute("apiDocs")
	boolean apiDocs() {
		return this.apiDocs;
	}

	@ModelAttribute("me")
	GaoxinPrincipal me(@AuthenticationPrincipal GaoxinPrincipal principal) {
		return principal;
	}

	@ModelAttribute("chinese")
	boolean chinese(Locale locale) {
		return "zh".equals(locale.getLanguage());
	}

	/**
	 * The page in the other language. A page answering a form's post (a refused save)
	 * cannot be asked for again by a link: its switch leads to the page the form was on
	 * (the same-origin referrer), else home.
	 */
	@ModelAttribute("switchLanguageUrl")
	String switchLanguageUrl(HttpServletRequest request, Locale locale) {
		String target = "zh".equals(locale.getLanguage()) ? "en" : "zh_CN";
		UriComponentsBuilder page = UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString());
		if (!"GET".equals(request.getMethod())) {
			page = formPage(request);
		}
		return page.replaceQueryParam("lang", target).build().toUriString();
	}

	private static UriComponentsBuilder formPage(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer != null) {
			try {
				java.net.URI from = java.net.URI.create(referer);
				if (request.getServerName().equalsIgnoreCase(from.getHost()) && from.getRawPath() != null) {
					return UriComponentsBuilder.fromPath(from.getRawPath()).query(from.getRawQuery());
				}
			}
			catch (IllegalArgumentException ex) {
				// not an address: home
			}
		}
		return UriComponentsBuilder.fromPath(request.getContextPath() + "/");
	}

}
