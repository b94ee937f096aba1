package org.gaoxin.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's browser over real HTTP, without a browser engine: a session cookie from the
 * sign-in form, the CSRF token a page carries, redirects not followed (a form's answer is
 * read as it comes). For benchmarks that measure what a user's request costs end to end.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	public WebSession(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Signs in through the form, as a person does. */
	public void signIn(String user, String password) throws IOException, InterruptedException {
		String token = csrf(get("/login"));
		HttpResponse<String> response = send(
				request("/login").header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers
						.ofString("username=" + user + "&password=" + password + "&_csrf=" + token)));
		assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
	}

	/** The page's HTML. */
	public String get(String path) throws IOException, InterruptedException {
		return send(request(path)).body();
	}

	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path));
	}

	public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The CSRF token of a page's form. */
	public static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

}
