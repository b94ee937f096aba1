package org.gaoxin.enterprise;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.shared.PageRequest;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The enterprise list of a zone office: every filter narrows the list within the caller's
 * scope, on the page and in the API, and the page shows page numbers and names.
 */
@DemoApplicationTest
class EnterpriseListTest {

	private static final DataScope ADMIN = DataScope.everything(Role.ADMIN);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Enterprises enterprises;

	@Test
	void eachFilterOfTheApiNarrowsTheList() throws Exception {
		long all = total(new EnterpriseSearch(null, null, 2021, null, null, null, false));
		api(DemoAccounts.ADMIN, "zone", "WL-IP").andExpect(jsonPath("$.items[*].zoneCode", everyItem(is("WL-IP"))))
			.andExpect(jsonPath("$.total")
				.value(total(new EnterpriseSearch(null, "WL-IP", 2021, null, null, null, false))));
		api(DemoAccounts.ADMIN, "industry", "缫丝加工").andExpect(jsonPath("$.items[*].industry", everyItem(is("缫丝加工"))))
			.andExpect(jsonPath("$.items.length()").value(org.hamcrest.Matchers.greaterThan(0)));
		api(DemoAccounts.ADMIN, "chain", "QJ-SILK")
			.andExpect(jsonPath("$.items[*].chainCode", everyItem(is("QJ-SILK"))));
		api(DemoAccounts.ADMIN, "link", "QJ-SILK-WEAVE")
			.andExpect(jsonPath("$.items[*].chainLinkCode", everyItem(is("QJ-SILK-WEAVE"))))
			.andExpect(jsonPath("$.items.length()").value(org.hamcrest.Matchers.greaterThan(0)));
		api(DemoAccounts.ADMIN, "aboveSize", "true")
			.andExpect(jsonPath("$.items[*].aboveDesignatedSize", everyItem(is(true))));
		assertThat(total(new EnterpriseSearch(null, null, 2021, null, null, null, false, "缫丝加工", null, null, null)))
			.isLessThan(all);
	}

	@Test
	void theQualificationFilterSplitsTheZoneIntoHighTechTechSmeAndNeither() throws Exception {
		api(DemoAccounts.ADMIN, "zone", DemoAccounts.QIANJIANG, "year", "2018", "qualification", "HIGH_TECH")
			.andExpect(jsonPath("$.total").value(21))
			.andExpect(jsonPath("$.items[*].highTechInYear", everyItem(is(true))));
		api(DemoAccounts.ADMIN, "zone", DemoAccounts.QIANJIANG, "qualification", "TECH_SME")
			.andExpect(jsonPath("$.total").value(350))
			.andExpect(jsonPath("$.items[*].techSmeInYear", everyItem(is(true))));
		api(DemoAccounts.ADMIN, "zone", DemoAccounts.QIANJIANG, "qualification", "NEITHER")
			.andExpect(jsonPath("$.items[*].techSmeInYear", everyItem(is(false))))
			.andExpect(jsonPath("$.items[*].highTechInYear", everyItem(is(false))));
		long highTech = total(qualified(YearQualification.HIGH_TECH, null));
		long techSme = total(qualified(YearQualification.TECH_SME, null));
		long both = total(qualified(YearQualification.TECH_SME, true));
		long neither = total(qualified(YearQualification.NEITHER, null));
		assertThat(highTech + techSme - both + neither).isEqualTo(490);
		this.mvc
			.perform(get("/api/v1/enterprises").param("qualification", "GAZELLE")
				.with(httpBasic(DemoAccounts.ADMIN, DemoAccounts.PASSWORD)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aChainLeaderSeesOnlyItsChainWhateverItAsksFor() throws Exception {
		api(DemoAccounts.CHAIN_LEADER).andExpect(jsonPath("$.items[*].chainCode", everyItem(is("QJ-SILK"))));
		api(DemoAccounts.CHAIN_LEADER, "chain", "QJ-NM").andExpect(jsonPath("$.total").value(0));
		api(DemoAccounts.CHAIN_LEADER, "zone", "WL-IP").andExpect(jsonPath("$.total").value(0));
		api(DemoAccounts.CHAIN_LEADER, "link", "QJ-SILK-REEL")
			.andExpect(jsonPath("$.items[*].chainLinkCode", everyItem(is("QJ-SILK-REEL"))));
		this.mvc.perform(get("/enterprises").with(user(principal(DemoAccounts.CHAIN_LEADER))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"QJ-SILK\""),
					not(containsString("value=\"QJ-NM\"")), not(containsString("value=\"WL-IP\"")))));
	}

	@Test
	void aDepartmentSeesOnlyItsZoneWhateverItAsksFor() throws Exception {
		api(DemoAccounts.DEPARTMENT).andExpect(jsonPath("$.items[*].zoneCode", everyItem(is(DemoAccounts.QIANJIANG))))
			.andExpect(jsonPath("$.total").value(490));
		api(DemoAccounts.DEPARTMENT, "zone", "WL-IP").andExpect(jsonPath("$.total").value(0));
		// the page refuses a zone outside the scope, as every zone page does
		this.mvc.perform(get("/enterprises").param("zone", "WL-IP").with(user(principal(DemoAccounts.DEPARTMENT))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/enterprises").param("zone", "*").with(user(principal(DemoAccounts.DEPARTMENT))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"enterprise-total\">共 490 条<")));
	}

	@Test
	void thePageHasPageNumbersAndTheTotalAndKeepsTheFiltersInItsLinks() throws Exception {
		GaoxinPrincipal admin = principal(DemoAccounts.ADMIN);
		String page = this.mvc
			.perform(get("/enterprises").param("zone", DemoAccounts.QIANJIANG)
				.param("chain", "QJ-SILK")
				.param("q", "黔江")
				.param("size", "5")
				.with(user(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long silk = total(new EnterpriseSearch("黔江", DemoAccounts.QIANJIANG, 2021, null, null, null, false, null,
				"QJ-SILK", null, null));
		long pages = (silk + 4) / 5;
		assertThat(pages).isGreaterThan(4);
		String filters = "q=%E9%BB%94%E6%B1%9F&amp;zone=QJ-HTZ&amp;chain=QJ-SILK&amp;year=2021";
		assertThat(page).contains("共 " + silk + " 条 · 第 1 / " + pages + " 页")
			.contains(">1</a>", ">2</a>", ">3</a>", "…", ">" + pages + "</a>")
			.contains("href=\"/enterprises?" + filters + "&amp;sort=name&amp;dir=asc&amp;size=5&amp;page=" + (pages - 1)
					+ "\"")
			.contains("id=\"next-page\" href=\"/enterprises?" + filters)
			.contains("href=\"/enterprises/export.xlsx?" + filters + "&amp;sort=name&amp;dir=asc\"")
			.contains("href=\"/enterprises/export.csv?" + filters);
		this.mvc
			.perform(get("/enterprises").param("zone", DemoAccounts.QIANJIANG)
				.param("chain", "QJ-SILK")
				.param("q", "黔江")
				.param("size", "5")
				.param("page", String.valueOf(pages - 1))
				.with(user(admin)))
			.andExpect(content().string(allOf(containsString("第 " + pages + " / " + pages + " 页"),
					containsString("aria-current=\"page\">" + pages + "</a>"))));
	}

	@Test
	void zonesAndChainsAreShownByName() throws Exception {
		this.mvc
			.perform(get("/enterprises").param("zone", "*")
				.param("chain", "QJ-SILK")
				.param("link", "QJ-SILK-REEL")
				.with(user(principal(DemoAccounts.ADMIN))))
			.andExpect(content().string(allOf(containsString("<td class=\"enterprise-zone\">重庆黔江高新技术产业开发区</td>"),
					containsString("<span>蚕桑丝绸</span>"), containsString("· 缫丝"), not(containsString(">QJ-HTZ<")),
					not(containsString(">QJ-SILK<")))));
		this.mvc
			.perform(get("/enterprises").param("chain", "QJ-SILK")
				.param("lang", "en")
				.with(user(principal(DemoAccounts.ADMIN))))
			.andExpect(content().string(allOf(containsString("Chongqing Qianjiang High-tech Zone"),
					containsString("<span>Sericulture and silk</span>"))));
	}

	private long total(EnterpriseSearch search) {
		return this.enterprises.search(search, ADMIN, new PageRequest(0, 1)).total();
	}

	private static EnterpriseSearch qualified(YearQualification qualification, Boolean highTech) {
		return new EnterpriseSearch(null, DemoAccounts.QIANJIANG, 2021, null, highTech, null, false, null, null, null,
				qualification);
	}

	/** The API's first 200 enterprises for the user with the given parameters. */
	private org.springframework.test.web.servlet.ResultActions api(String username, String... parameters)
			throws Exception {
		MockHttpServletRequestBuilder request = get("/api/v1/enterprises").param("size", "200");
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return this.mvc.perform(request.with(httpBasic(username, DemoAccounts.PASSWORD))).andExpect(status().isOk());
	}

	private GaoxinPrincipal principal(String username) {
		return (GaoxinPrincipal) this.users.loadUserByUsername(username);
	}

}
