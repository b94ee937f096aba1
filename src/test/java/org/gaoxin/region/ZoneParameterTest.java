package org.gaoxin.region;

import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A zone in the address, as every zone page and API reads it: blank is no choice (the
 * default zone), a code that names no zone is a 404 saying so in the reader's language
 * (zones are not secret), a zone outside the caller's scope a 403.
 */
@DemoApplicationTest
class ZoneParameterTest {

	private static final String QIANJIANG = "重庆黔江高新技术产业开发区";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void aBlankZoneIsNoChoice() throws Exception {
		page(DemoAccounts.DEPARTMENT, "/reports/review?zone=").andExpect(status().isOk())
			.andExpect(content().string(containsString(QIANJIANG)));
		for (String path : new String[] { "/cultivation?zone=", "/evaluation?zone=", "/quality?zone=", "/?zone=" }) {
			page(DemoAccounts.HEADQUARTERS, path).andExpect(status().isOk())
				.andExpect(content().string(containsString("<option value=\"QJ-HTZ\" selected=\"selected\">")));
		}
		this.mvc
			.perform(get("/evaluation").param("zone", " ")
				.with(user(this.users.loadUserByUsername(DemoAccounts.VIEWER))))
			.andExpect(status().isOk());
		page(DemoAccounts.HEADQUARTERS, "/figures?zone=").andExpect(redirectedUrl("/zones/QJ-HTZ/figures?year=2021"));
		api("/api/v1/enterprises?zone=&size=1").andExpect(status().isOk());
	}

	@Test
	void aZoneThatDoesNotExistIsNotFoundInTheReadersLanguage() throws Exception {
		for (String path : new String[] { "/reports/review?zone=NOPE", "/cultivation?zone=NOPE",
				"/evaluation?zone=NOPE", "/zones/NOPE/figures", "/quality?zone=NOPE" }) {
			page(DemoAccounts.DEPARTMENT, path).andExpect(status().isNotFound())
				.andExpect(content().string(containsString("没有代码为“NOPE”的园区。")));
		}
		page(DemoAccounts.DEPARTMENT, "/reports/review?zone=NOPE&lang=en").andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no zone with the code “NOPE”.")));
		api("/api/v1/zones/NOPE/evaluations?year=2021").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("没有代码为“NOPE”的园区。"))
			.andExpect(jsonPath("$.code").value("region.error.noSuchZone"));
		api("/api/v1/zones/NOPE/figures?year=2021&lang=en").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("There is no zone with the code “NOPE”."));
		api("/api/v1/enterprises?zone=NOPE").andExpect(status().isNotFound());
	}

	@Test
	void aZoneOutsideTheScopeStaysForbidden() throws Exception {
		for (String path : new String[] { "/reports/review?zone=WL-IP", "/cultivation?zone=WL-IP",
				"/zones/WL-IP/figures" }) {
			page(DemoAccounts.DEPARTMENT, path).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(get("/api/v1/zones/WL-IP/quality").param("year", "2021")
				.with(httpBasic(DemoAccounts.DEPARTMENT, DemoAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	private ResultActions page(String account, String path) throws Exception {
		UserDetails me = this.users.loadUserByUsername(account);
		return this.mvc.perform(get(path).with(user(me)));
	}

	private ResultActions api(String path) throws Exception {
		return this.mvc.perform(get(path).with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)));
	}

}
