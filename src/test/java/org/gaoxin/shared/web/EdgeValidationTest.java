package org.gaoxin.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad input is refused at the edge with a 4xx that names the field and the rule, in the
 * reader's language: on an error page in the layout for pages, as problem+json for the
 * API. What answered 500 or was silently accepted before is each a case here.
 */
@DemoApplicationTest
class EdgeValidationTest {

	/** The self-assessment body of QualificationApiTest, which the API accepts. */
	private static final String SELF_ASSESSMENT = """
			{
			  "techSme": {"staff": 120, "stStaff": 30, "salesRevenue": 45000, "totalAssets": 60000,
			              "rdExpense": 2700, "totalCosts": 40000, "classOneIp": 1, "classTwoIp": 6,
			              "residentInMainland": true, "prohibitedCategory": false, "adverseRecord": false,
			              "direct": {"validHighTechCertificate": false, "nationalAwardTopThree": false,
			                         "accreditedRdInstitution": false, "ledStandard": false}},
			  "highTech": {"registrationDate": "2016-05-10", "applicationDate": "2022-06-30",
			               "ip": {"classOne": 1, "classTwo": 6, "acquisition": "OWN_RESEARCH"},
			               "field": "NEW_MATERIALS", "stStaff": 30, "totalStaff": 120,
			               "years": [
			                 {"year": 2019, "salesRevenue": 32000, "rdExpense": 1800, "rdExpenseDomestic": 1800, "netAssets": 20000, "conversions": 3},
			                 {"year": 2020, "salesRevenue": 38000, "rdExpense": 2100, "rdExpenseDomestic": 2100, "netAssets": 23000, "conversions": 4},
			                 {"year": 2021, "salesRevenue": 45000, "rdExpense": 2500, "rdExpenseDomestic": 2000, "netAssets": 27000, "conversions": 4}],
			               "highTechRevenue": 31000, "totalRevenue": 45000, "noMajorAccident": true, "ledStandard": false}
			}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@LocalServerPort
	int port;

	@Test
	void aYearThatIsNotAYearIsABadRequestPageInTheLayout() throws Exception {
		var headquarters = this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS);
		for (String year : new String[] { "abc", "-2147483648", "-5", "99999", "1e400" }) {
			this.mvc.perform(get("/evaluation").param("year", year).with(user(headquarters)))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("class=\"app-sidebar\"")))
				.andExpect(content().string(containsString("“year”须为 1990 至")));
		}
		this.mvc.perform(get("/evaluation").param("year", "99999").param("lang", "en").with(user(headquarters)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("must be a year from 1990 to")));
	}

	@Test
	void theApiAnswersAProblemWithFieldAndRule() throws Exception {
		api(get("/api/v1/zones/QJ-HTZ/evaluations").param("year", "99999")).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("year"))
			.andExpect(jsonPath("$.rule").value("year"))
			.andExpect(jsonPath("$.title").value("请求有误"))
			.andExpect(jsonPath("$.detail").value(containsString("“year”须为 1990 至")));
		api(get("/api/v1/zones/QJ-HTZ/evaluations")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("year"))
			.andExpect(jsonPath("$.rule").value("required"));
		api(get("/api/v1/zones/QJ-HTZ/evaluations").param("year", "2021").param("includePending", "maybe"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("includePending"))
			.andExpect(jsonPath("$.rule").value("yesNo"));
		api(get("/api/v1/enterprises").param("q", "x".repeat(5000))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rule").value("tooLong"));
	}

	@Test
	void pagesPastTheEndAreEmptyNotErrors() throws Exception {
		api(get("/api/v1/enterprises").param("page", "2147483647")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isEmpty());
		var headquarters = this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS);
		this.mvc.perform(get("/enterprises").param("page", "2147483647").with(user(headquarters)))
			.andExpect(status().isOk());
	}

	@Test
	void jsonBodyMistakesNameTheProperty() throws Exception {
		selfAssess(SELF_ASSESSMENT.replace("{\"staff\": 120", "{\"colour\": \"red\", \"staff\": 120"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("techSme.colour"))
			.andExpect(jsonPath("$.rule").value("unknownField"));
		selfAssess(SELF_ASSESSMENT.replace("{\"staff\": 120", "{\"staff\": 100.5")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("techSme.staff"))
			.andExpect(jsonPath("$.rule").value("integer"));
		selfAssess(SELF_ASSESSMENT.replace("{\"staff\": 120", "{\"staff\": \"many\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("techSme.staff"));
		selfAssess(SELF_ASSESSMENT.replace("\"residentInMainland\": true", "\"residentInMainland\": \"maybe\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("techSme.residentInMainland"))
			.andExpect(jsonPath("$.rule").value("yesNo"));
		selfAssess(SELF_ASSESSMENT.replace("\"highTechRevenue\": 31000", "\"highTechRevenue\": 46000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("highTech.highTechRevenue"))
			.andExpect(jsonPath("$.rule").value("max"));
		selfAssess(SELF_ASSESSMENT.replace("{\"year\": 2019,", "{\"year\": 99999,")).andExpect(status().isBadRequest());
		selfAssess("{\"techSme\": {\"staff\": 1,,}}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rule").value("syntax"));
		selfAssess("").andExpect(status().isBadRequest()).andExpect(jsonPath("$.rule").value("required"));
	}

	@Test
	void hugeNumbersAreRefusedBeforeTheyAreExpanded() throws Exception {
		String huge = SELF_ASSESSMENT.replace("\"salesRevenue\": 45000, \"totalAssets\"",
				"\"salesRevenue\": 1e40000, \"totalAssets\"");
		selfAssess(huge).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("techSme.salesRevenue"))
			.andExpect(jsonPath("$.rule").value("digits"))
			.andExpect(content().string(org.hamcrest.Matchers.hasLength(lessThan(2000))));
		// signed in without a password check, so that the time is the request's own
		var enterprise = this.users.loadUserByUsername(DemoAccounts.ENTERPRISE);
		long start = System.nanoTime();
		this.mvc
			.perform(post("/api/v1/qualifications/self-assessment").contentType(MediaType.APPLICATION_JSON)
				.content(huge)
				.with(user(enterprise)))
			.andExpect(status().isBadRequest());
		// it took 4.9 s and answered 403 KB when the number was expanded
		assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(2000);
		selfAssess(SELF_ASSESSMENT.replace("\"salesRevenue\": 45000, \"totalAssets\"",
				"\"salesRevenue\": " + "9".repeat(1000) + ", \"totalAssets\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("techSme.salesRevenue"));
		selfAssess(SELF_ASSESSMENT.replace("{\"staff\": 120", "{\"staff\": 1e40000")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("techSme.staff"));
	}

	@Test
	void aFormPostWithoutAFileIsABadRequest() throws Exception {
		api(multipart("/api/v1/imports").param("kind", "enterprises")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("file"))
			.andExpect(jsonPath("$.rule").value("required"));
		api(multipart("/api/v1/standards")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("file"));
		api(post("/api/v1/standards")).andExpect(status().isUnsupportedMediaType());
		var admin = this.users.loadUserByUsername(DemoAccounts.ADMIN);
		this.mvc.perform(multipart("/standards").with(user(admin)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("“file”必填")));
		this.mvc
			.perform(multipart("/imports").file(new MockMultipartFile("other", new byte[0]))
				.param("kind", "enterprises")
				.with(user(admin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("problem", org.gaoxin.shared.Message.of("intake.problem.noFile")));
	}

	@Test
	void unknownAddressesGetThePageInTheLayoutOrAProblem() throws Exception {
		HttpResponse<String> page = send("/no-such-page", "text/html");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("class=\"app-sidebar\"", "未找到该记录", "id=\"error\"");
		HttpResponse<String> english = send("/no-such-page?lang=en", "text/html");
		assertThat(english.body()).contains("Not found");
		HttpResponse<String> api = send("/api/v1/no-such-thing", "application/json");
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(api.body()).contains("\"status\":404", "\"code\":\"error.notFound\"", "\"title\":\"未找到\"");
		HttpResponse<String> unauthorised = anonymous("/api/v1/enterprises");
		assertThat(unauthorised.statusCode()).isEqualTo(401);
		assertThat(unauthorised.body()).contains("\"status\":401", "\"code\":\"validation.unauthorized\"");
	}

	@Test
	void anUnknownApiAddressIsA404ProblemWithCredentialsAndA401ProblemWithout() throws Exception {
		for (String path : new String[] { "/api/nope", "/api", "/api/v1/zones/QJ-HTZ/nope" }) {
			for (String accept : new String[] { "application/json", "text/html", "*/*" }) {
				HttpResponse<String> known = send(path, accept);
				assertThat(known.statusCode()).as(path + " " + accept).isEqualTo(404);
				assertProblem(known);
				assertThat(known.body()).contains("\"status\":404", "\"title\":\"未找到\"");
				HttpResponse<String> anonymous = anonymous(path, accept);
				assertThat(anonymous.statusCode()).as(path + " " + accept).isEqualTo(401);
				assertProblem(anonymous);
				assertThat(anonymous.body()).contains("\"code\":\"validation.unauthorized\"");
			}
		}
		assertThat(send("/api/nope?lang=en", "application/json").body()).contains("\"title\":\"Not found\"");
	}

	private static void assertProblem(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers().firstValue("Location")).isEmpty();
	}

	@Test
	void aRecordOutsideTheScopeIsTheSame404PageInTheLayout() throws Exception {
		var enterprise = this.users.loadUserByUsername(DemoAccounts.ENTERPRISE);
		this.mvc.perform(get("/enterprises/999999999").with(user(enterprise)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("class=\"app-sidebar\"")))
			.andExpect(content().string(containsString("未找到该记录")));
		this.mvc.perform(get("/audit").with(user(enterprise)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("您没有权限访问此页面")));
	}

	private ResultActions api(
			org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request)
			throws Exception {
		return this.mvc.perform(request.with(httpBasic(DemoAccounts.ADMIN, DemoAccounts.PASSWORD)));
	}

	private ResultActions selfAssess(String body) throws Exception {
		return this.mvc.perform(post("/api/v1/qualifications/self-assessment").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(httpBasic(DemoAccounts.ENTERPRISE, DemoAccounts.PASSWORD)));
	}

	private HttpResponse<String> anonymous(String path) throws Exception {
		return anonymous(path, "application/json");
	}

	private HttpResponse<String> anonymous(String path, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> send(String path, String accept) throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString((DemoAccounts.HEADQUARTERS + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Basic " + credentials)
			.header("Accept", accept)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
