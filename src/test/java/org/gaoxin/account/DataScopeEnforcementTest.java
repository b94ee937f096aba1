package org.gaoxin.account;

import org.gaoxin.enterprise.EnterpriseSearch;
import org.gaoxin.enterprise.EnterpriseSummary;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.shared.PageRequest;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every page and API call checks the caller's role and data scope on the server. */
@DemoApplicationTest
class DataScopeEnforcementTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Enterprises enterprises;

	private GaoxinPrincipal enterpriseUser;

	private EnterpriseSummary other;

	private EnterpriseSummary otherZone;

	@BeforeEach
	void findTheDemoEnterpriseAndAnother() {
		this.enterpriseUser = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ENTERPRISE);
		DataScope all = DataScope.everything(Role.ADMIN);
		this.other = this.enterprises
			.search(new EnterpriseSearch(null, DemoAccounts.QIANJIANG, 2021, null, null, null, false), all,
					new PageRequest(0, 2))
			.items()
			.stream()
			.filter((e) -> e.id() != this.enterpriseUser.scope().enterpriseId())
			.findFirst()
			.orElseThrow();
		this.otherZone = this.enterprises
			.search(new EnterpriseSearch(null, "WL-IP", 2021, null, null, null, false), all, new PageRequest(0, 1))
			.items()
			.get(0);
	}

	@Test
	void anonymousCallersAreSentToLoginOrRefused() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/api/v1/enterprises")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/login")).andExpect(status().isOk());
		this.mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
	}

	@Test
	void wrongPasswordIsRefused() throws Exception {
		this.mvc.perform(get("/api/v1/enterprises").with(httpBasic(DemoAccounts.ENTERPRISE, "wrong-password-123")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void formsNeedTheirCsrfToken() throws Exception {
		this.mvc
			.perform(post("/zones/QJ-HTZ/figures/gdp").param("year", "2021").param("value", "1").with(user(admin())))
			.andExpect(status().isForbidden());
	}

	@Test
	void enterpriseUserSeesItsOwnEnterprise() throws Exception {
		long own = this.enterpriseUser.scope().enterpriseId();
		this.mvc.perform(get("/enterprises/" + own).with(user(this.enterpriseUser))).andExpect(status().isOk());
		this.mvc.perform(get("/").with(user(this.enterpriseUser))).andExpect(redirectedUrl("/enterprises/" + own));
		this.mvc.perform(get("/api/v1/enterprises").with(httpBasic(DemoAccounts.ENTERPRISE, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(own));
	}

	@Test
	void enterpriseUserCannotReadAnotherEnterpriseThroughAnyUrl() throws Exception {
		String code = this.other.creditCode();
		this.mvc.perform(get("/enterprises/" + this.other.id()).with(user(this.enterpriseUser)))
			.andExpect(status().isNotFound());
		for (String url : new String[] { "/api/v1/enterprises/" + code, "/api/v1/enterprises/" + code + "/reports",
				"/api/v1/enterprises/" + code + "/certificates" }) {
			this.mvc.perform(get(url).with(httpBasic(DemoAccounts.ENTERPRISE, DemoAccounts.PASSWORD)))
				.andExpect(status().isNotFound());
		}
		this.mvc
			.perform(get("/api/v1/enterprises").param("q", code)
				.with(httpBasic(DemoAccounts.ENTERPRISE, DemoAccounts.PASSWORD)))
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void enterpriseUserCannotReadZoneFiguresOrTheAuditLog() throws Exception {
		this.mvc.perform(get("/zones/QJ-HTZ/figures").with(user(this.enterpriseUser)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/figures").param("year", "2021")
				.with(httpBasic(DemoAccounts.ENTERPRISE, DemoAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/audit").with(user(this.enterpriseUser))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/zones/QJ-HTZ/figures/gdp").param("year", "2021")
				.param("value", "1")
				.param("version", "1")
				.with(user(this.enterpriseUser))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void chainLeaderSeesOnlyTheEnterprisesOnItsChain() throws Exception {
		this.mvc
			.perform(get("/api/v1/enterprises").param("size", "200")
				.with(httpBasic(DemoAccounts.CHAIN_LEADER, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].chainCode", everyItem(is("QJ-SILK"))));
	}

	@Test
	void headquartersOfOneZoneCannotReadAnotherZonesEnterprises() throws Exception {
		this.mvc
			.perform(get("/api/v1/enterprises/" + this.otherZone.creditCode())
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/enterprises/" + this.other.creditCode())
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/zones/WL-IP/figures").param("year", "2021")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theWholeAuditLogIsForUsersWhoSeeEveryZone() throws Exception {
		GaoxinPrincipal headquarters = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS);
		this.mvc.perform(get("/audit").with(user(headquarters))).andExpect(status().isForbidden());
		this.mvc.perform(get("/audit").with(user(admin()))).andExpect(status().isOk());
	}

	@Test
	void anApiRequestWithoutCredentialsGetsNoBasicChallenge() throws Exception {
		this.mvc.perform(get("/api/v1/enterprises"))
			.andExpect(status().isUnauthorized())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.doesNotExist("WWW-Authenticate"));
	}

	@Test
	void viewerCannotChangeFigures() throws Exception {
		GaoxinPrincipal viewer = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.VIEWER);
		this.mvc.perform(get("/imports").with(user(viewer))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/zones/QJ-HTZ/figures/gdp").param("year", "2021")
				.param("value", "1")
				.param("version", "1")
				.with(user(viewer))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	@Transactional
	void departmentChangesAFigureAndTheChangeIsInItsHistory() throws Exception {
		GaoxinPrincipal department = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.DEPARTMENT);
		this.mvc
			.perform(post("/zones/QJ-HTZ/figures/tech_contract_turnover").param("year", "2021")
				.param("value", "3.7")
				.param("version", "1")
				.param("source", "区科技局 2022-01 统计")
				.with(user(department))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(get("/zones/QJ-HTZ/figures/tech_contract_turnover/history").param("year", "2021")
				.with(user(department)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("3.7")));
	}

	private GaoxinPrincipal admin() {
		return (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ADMIN);
	}

}
