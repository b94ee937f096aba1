package org.gaoxin.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS proxy on this machine (X-Forwarded-Proto: https from a loopback address),
 * the session cookie is Secure; without it, it is not (plain HTTP on a developer's
 * machine). No page sends its address to another site (Referrer-Policy). Through the real
 * server, since the proxy headers are read by Tomcat.
 */
@DemoApplicationTest
class BehindAProxyTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theSessionCookieIsSecureWhenTheProxyForwardsHttps() throws Exception {
		HttpResponse<String> proxied = login("https");
		assertThat(proxied.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
				.containsIgnoringCase("; Secure")
				.containsIgnoringCase("HttpOnly")
				.containsIgnoringCase("SameSite=Lax"));
		assertThat(proxied.headers().firstValue("Strict-Transport-Security")).isPresent();
		HttpResponse<String> plain = login(null);
		assertThat(plain.headers().allValues("Set-Cookie")).anySatisfy(
				(cookie) -> assertThat(cookie).startsWith("JSESSIONID=").doesNotContainIgnoringCase("; Secure"));
	}

	@Test
	void pagesAndTheApiSendNoReferrerToOtherSites() throws Exception {
		assertThat(login(null).headers().firstValue("Referrer-Policy")).contains("same-origin");
		HttpResponse<String> api = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/enterprises")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(401);
		assertThat(api.headers().firstValue("Referrer-Policy")).contains("same-origin");
	}

	private HttpResponse<String> login(String forwardedProto) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"));
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
	}

}
