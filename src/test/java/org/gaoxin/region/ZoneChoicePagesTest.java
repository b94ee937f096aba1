package org.gaoxin.region;

import java.util.List;

import org.gaoxin.account.Accounts;
import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.account.UserSummary;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every zone page opens on the user's home zone, carries zone and year selectors, and
 * keeps the zone (and its year) the user chose for the next pages of the session.
 */
@DemoApplicationTest
class ZoneChoicePagesTest {

	private static final List<String> ZONE_PAGES = List.of("/", "/evaluation", "/cultivation", "/quality",
			"/enterprises");

	private static final String QIANJIANG_SELECTED = "<option value=\"QJ-HTZ\" selected=\"selected\">";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Accounts accounts;

	@Test
	void theDemoViewerAndAdministratorOpenEveryZonePageOnQianjiang() throws Exception {
		for (String account : List.of(DemoAccounts.VIEWER, DemoAccounts.ADMIN)) {
			UserDetails me = this.users.loadUserByUsername(account);
			for (String path : ZONE_PAGES) {
				String page = page(get(path), me, new MockHttpSession());
				assertThat(page).as(account + " on " + path)
					.contains("id=\"zone-select\"", "id=\"year-select\"", QIANJIANG_SELECTED);
			}
			assertThat(this.mvc.perform(get("/figures").with(user(me))).andReturn().getResponse().getRedirectedUrl())
				.as(account + " on /figures")
				.isEqualTo("/zones/QJ-HTZ/figures?year=2021");
			assertThat(page(get("/zones/QJ-HTZ/figures"), me, new MockHttpSession())).contains(QIANJIANG_SELECTED);
		}
		assertThat(this.accounts.users()).filteredOn((u) -> u.username().startsWith("demo-"))
			.extracting(UserSummary::homeZoneCode)
			.containsOnly(DemoAccounts.QIANJIANG);
	}

	@Test
	void theZoneChosenOnTheEvaluationIsTheZoneOfThePool() throws Exception {
		UserDetails viewer = this.users.loadUserByUsername(DemoAccounts.VIEWER);
		MockHttpSession session = new MockHttpSession();
		assertThat(page(get("/evaluation").param("zone", "WL-IP").param("year", "2020"), viewer, session))
			.contains("武隆工业园区 · 2020");
		String pool = page(get("/cultivation"), viewer, session);
		assertThat(pool).contains("高企培育库 · 武隆工业园区 · 2020", "<option value=\"WL-IP\" selected=\"selected\">");
		assertThat(page(get("/quality"), viewer, session)).contains("数据质量检查 · 武隆工业园区 · 2020");
		// the zone changes, its year is its own; the other zone keeps the year chosen for
		// it
		assertThat(page(get("/cultivation").param("zone", "QJ-HTZ"), viewer, session))
			.contains("高企培育库 · 重庆黔江高新技术产业开发区 · 2021");
		assertThat(page(get("/evaluation").param("zone", "WL-IP"), viewer, session)).contains("武隆工业园区 · 2020");
		// another session starts again from the home zone
		assertThat(page(get("/cultivation"), viewer, new MockHttpSession())).contains("高企培育库 · 重庆黔江高新技术产业开发区 · 2021");
	}

	@Test
	void aZoneOutsideTheScopeIsNeitherShownNorKept() throws Exception {
		UserDetails headquarters = this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS);
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get("/cultivation").param("zone", "WL-IP").session(session).with(user(headquarters)))
			.andExpect(status().isForbidden());
		assertThat(page(get("/cultivation"), headquarters, session)).contains("重庆黔江高新技术产业开发区");
	}

	@Test
	@Transactional
	@WithMockUser("home-zone-tester")
	void onlyAnAdministratorSetsAHomeZone() throws Exception {
		this.accounts.setHomeZone(DemoAccounts.VIEWER, "WL-IP", DataScope.everything(Role.ADMIN));
		UserDetails viewer = this.users.loadUserByUsername(DemoAccounts.VIEWER);
		assertThat(page(get("/evaluation"), viewer, new MockHttpSession())).contains("武隆工业园区 · 2021");
		assertThatThrownBy(
				() -> this.accounts.setHomeZone(DemoAccounts.VIEWER, "QJ-HTZ", DataScope.everything(Role.VIEWER)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> this.accounts.setHomeZone(DemoAccounts.VIEWER, "NO-SUCH-ZONE", DataScope.everything(Role.ADMIN)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private String page(MockHttpServletRequestBuilder request, UserDetails me, MockHttpSession session)
			throws Exception {
		return this.mvc.perform(request.param("lang", "zh_CN").session(session).with(user(me)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
