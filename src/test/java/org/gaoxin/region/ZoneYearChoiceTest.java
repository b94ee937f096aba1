package org.gaoxin.region;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A zone page's year is one the zone offers: its data years and the next one (Qianjiang:
 * 2018–2022), as the selectors list them. Any other year is refused with a 400 page in
 * the reader's language and never kept for the next pages; the self-assessment, reached
 * by its short address, keeps the year asked for.
 */
@DemoApplicationTest
class ZoneYearChoiceTest {

	private static final String OFFERED = "2018、2019、2020、2021、2022";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ZoneChoices choices;

	@Test
	void qianjiangOffersItsDataYearsAndTheNextOne() {
		assertThat(this.choices.offered(DemoAccounts.QIANJIANG)).containsExactly(2018, 2019, 2020, 2021, 2022);
	}

	@Test
	void aYearTheZoneDoesNotOfferIsRefusedAndNotRemembered() throws Exception {
		MockHttpSession session = new MockHttpSession();
		for (String path : new String[] { "/cultivation?year=2026", "/evaluation?year=2017", "/quality?year=2024",
				"/?year=2023", "/zones/QJ-HTZ/figures?year=2025", "/figures?year=2026" }) {
			page(DemoAccounts.HEADQUARTERS, path, session).andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("“year”须为重庆黔江高新技术产业开发区可选的年份之一:" + OFFERED)));
		}
		page(DemoAccounts.HEADQUARTERS, "/cultivation?year=2050&lang=en", session).andExpect(status().isBadRequest());
		page(DemoAccounts.HEADQUARTERS, "/evaluation?year=2026&lang=en", session).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(
					"&#39;year&#39; must be one of the years Chongqing Qianjiang High-tech Zone offers: 2018, 2019")));
		// the next pages show the default year, and the selector offers no refused year
		page(DemoAccounts.HEADQUARTERS, "/cultivation", session).andExpect(status().isOk())
			.andExpect(content().string(containsString("高企培育库 · 重庆黔江高新技术产业开发区 · 2021")));
		page(DemoAccounts.HEADQUARTERS, "/evaluation", session).andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"2022\">")))
			.andExpect(content().string(not(containsString("<option value=\"2026\""))))
			.andExpect(content().string(not(containsString("<option value=\"2017\""))));
	}

	@Test
	void theNextYearIsOfferedToStartItsFigures() throws Exception {
		page(DemoAccounts.DEPARTMENT, "/zones/QJ-HTZ/figures?year=2022", new MockHttpSession())
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"2022\" selected=\"selected\">")));
	}

	@Test
	void theSelfAssessmentTakesOnlyAYearTheZoneOffersAndItsShortAddressKeepsIt() throws Exception {
		GaoxinPrincipal enterprise = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ENTERPRISE);
		long id = enterprise.scope().enterpriseId();
		page(DemoAccounts.ENTERPRISE, "/self-assessment?year=2019", new MockHttpSession())
			.andExpect(redirectedUrl("/enterprises/" + id + "/self-assessment?year=2019"));
		page(DemoAccounts.ENTERPRISE, "/enterprises/" + id + "/self-assessment?year=2019", new MockHttpSession())
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2017—2019年")));
		page(DemoAccounts.ENTERPRISE, "/enterprises/" + id + "/self-assessment?year=1995", new MockHttpSession())
			.andExpect(status().isBadRequest())
			.andExpect(content().string(not(containsString("1993—1995年"))));
		page(DemoAccounts.ENTERPRISE, "/enterprises/" + id + "/qualification?year=2030", new MockHttpSession())
			.andExpect(status().isBadRequest());
	}

	private ResultActions page(String account, String path, MockHttpSession session) throws Exception {
		UserDetails me = this.users.loadUserByUsername(account);
		return this.mvc.perform(get(path).session(session).with(user(me)));
	}

}
