package org.gaoxin.shared.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The browser tab of an error page names the error in the reader's language. */
@DemoApplicationTest
class ErrorPageTitleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theTabOfAnErrorPageNamesTheErrorInTheReadersLanguage() throws Exception {
		assertThat(title(get("/evaluation").param("year", "abc"), DemoAccounts.HEADQUARTERS, "zh_CN"))
			.isEqualTo("错误 400:请求有误");
		assertThat(title(get("/evaluation").param("year", "abc"), DemoAccounts.HEADQUARTERS, "en"))
			.isEqualTo("Error 400: Bad request");
		assertThat(title(get("/audit"), DemoAccounts.DEPARTMENT, "zh_CN")).isEqualTo("错误 403:无权访问");
		assertThat(title(get("/audit"), DemoAccounts.DEPARTMENT, "en")).isEqualTo("Error 403: Forbidden");
		assertThat(title(get("/enterprises/999999999"), DemoAccounts.HEADQUARTERS, "zh_CN")).isEqualTo("错误 404:未找到");
		assertThat(title(get("/enterprises/999999999"), DemoAccounts.HEADQUARTERS, "en"))
			.isEqualTo("Error 404: Not found");
		// the container's forward of a failure it caught outside any handler
		assertThat(title(serverError(), DemoAccounts.HEADQUARTERS, "zh_CN")).isEqualTo("错误 500:服务器出错");
		assertThat(title(serverError(), DemoAccounts.HEADQUARTERS, "en")).isEqualTo("Error 500: Server error");
	}

	private static MockHttpServletRequestBuilder serverError() {
		return get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/evaluation");
	}

	private String title(MockHttpServletRequestBuilder request, String account, String lang) throws Exception {
		String body = this.mvc.perform(request.param("lang", lang).with(user(this.users.loadUserByUsername(account))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(body).title();
	}

}
