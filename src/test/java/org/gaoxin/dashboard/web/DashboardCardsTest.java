package org.gaoxin.dashboard.web;

import java.time.LocalDate;
import java.util.List;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.dashboard.OverdueItem;
import org.gaoxin.dashboard.OverdueShortfalls;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's cards for the demo zone, 2021: the three gaps with their trends, the
 * targets' lights, the high-tech count against its target, the chains, what waits; each
 * card linking to its page; the fragment the page refreshes refused outside the scope.
 */
@DemoApplicationTest
class DashboardCardsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DashboardCards cards;

	@Test
	void theCardsShowTheGapsTheirTrendsTheTargetsAndTheChains() throws Exception {
		Document page = Jsoup.parse(this.mvc
			.perform(get("/").param("zone", "QJ-HTZ").param("year", "2021").param("lang", "zh_CN").with(user(hq())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#card-gaps .gap-row").eachAttr("data-indicator")).containsExactly("C02", "C05", "C07");
		// all three grew from 2020 (498 → 548, 3,760 → 4,280, 31 → 37): better, not yet
		// enough
		assertThat(page.select("#card-gaps .gap-row").eachAttr("data-trend")).containsOnly("BETTER");
		assertThat(page.select("#card-gaps .trend").eachText()).containsOnly("↑");
		assertThat(page.select("#card-gaps").text()).contains("上年 498");
		assertThat(page.select("#card-gaps a").attr("href")).isEqualTo("/evaluation?zone=QJ-HTZ&year=2021");
		assertThat(page.select("#high-tech-now").text()).isEqualTo("37");
		assertThat(page.select("#card-high-tech a").attr("href")).isEqualTo("/cultivation?zone=QJ-HTZ&year=2021");
		assertThat(page.select("#card-targets tr[data-light]")).isNotEmpty();
		assertThat(page.select("#card-targets tr[data-light]").eachAttr("data-light"))
			.allMatch((c) -> List.of("green", "amber", "red", "grey").contains(c));
		assertThat(page.select("#card-chains tr[data-chain]")).hasSize(4);
		assertThat(page.select("#card-chains tr[data-chain] a").eachAttr("href"))
			.allMatch((href) -> href.matches("/chains/[A-Za-z0-9_-]+\\?year=2021"));
		// each chain's links counted by strength (补链/强链/延链/稳固), in colour
		for (org.jsoup.nodes.Element row : page.select("#card-chains tr[data-chain]")) {
			assertThat(row.select(".badge[data-strength]")).as(row.attr("data-chain")).isNotEmpty();
		}
		assertThat(page.select("#card-chains .badge[data-strength]").eachAttr("data-strength")).containsAnyOf("FILL",
				"STRENGTHEN", "EXTEND");
		java.util.Map<String, String> colours = java.util.Map.of("FILL", "text-bg-danger", "STRENGTHEN",
				"text-bg-warning", "EXTEND", "text-bg-info", "SOUND", "text-bg-success");
		for (org.jsoup.nodes.Element badge : page.select("#card-chains .badge[data-strength]")) {
			assertThat(badge.hasClass(colours.get(badge.attr("data-strength")))).as(badge.outerHtml()).isTrue();
		}
		assertThat(page.select("#card-chains").text()).containsAnyOf("补链 ", "强链 ", "延链 ");
		assertThat(page.select("#pending-reviews-link").attr("href")).isEqualTo("/reports/review?zone=QJ-HTZ");
		assertThat(page.select("#quality-link").attr("href")).isEqualTo("/quality?zone=QJ-HTZ&year=2021");
		assertThat(page.select("#card-overdue li")).as("the demo's list has overdue items").isNotEmpty();
		assertThat(page.select("#card-overdue a").eachAttr("href")).allMatch((href) -> href.startsWith("/tasks/"));
		assertThat(page.select("#dashboard-cards").attr("hx-get")).isEqualTo("/dashboard/cards?zone=QJ-HTZ&year=2021");
	}

	@Test
	void theRefreshedFragmentIsTheCardsAloneAndScoped() throws Exception {
		String fragment = this.mvc
			.perform(get("/dashboard/cards").param("zone", "QJ-HTZ").param("year", "2021").with(user(hq())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).startsWith("<div")
			.contains("id=\"dashboard-cards\"", "id=\"card-gaps\"")
			.doesNotContain("<html");
		GaoxinPrincipal wulong = new GaoxinPrincipal("dept-wulong", null, "武隆区科技局", true,
				new DataScope(Role.DEPARTMENT, "WL-IP", null, null, "KJJ"));
		this.mvc.perform(get("/dashboard/cards").param("zone", "QJ-HTZ").param("year", "2021").with(user(wulong)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/dashboard/cards").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.with(user(principal(DemoAccounts.ENTERPRISE))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/dashboard/cards").param("zone", "QJ-HTZ").param("year", "1990").with(user(hq())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/dashboard/cards").param("zone", "NOPE").param("year", "2021").with(user(hq())))
			.andExpect(status().isNotFound());
	}

	@Test
	void overdueItemsAreShownOnlyWhenAModuleReportsThem() {
		DataScope scope = new DataScope(Role.HEADQUARTERS, "QJ-HTZ", null, null, null);
		var none = new org.springframework.beans.factory.support.StaticListableBeanFactory()
			.getBeanProvider(OverdueShortfalls.class);
		assertThat(new DashboardCards(null, null, null, null, null, none).overdueOf("QJ-HTZ", scope))
			.as("no module keeps a shortfall list: nothing made up")
			.isEmpty();
		OverdueShortfalls source = (zone, s) -> List
			.of(new OverdueItem("引进外资项目", "区商务委", LocalDate.of(2021, 6, 30), "/tasks/1"));
		var provider = new org.springframework.beans.factory.support.StaticListableBeanFactory(
				java.util.Map.of("overdue", source))
			.getBeanProvider(OverdueShortfalls.class);
		DashboardCards withList = new DashboardCards(null, null, null, null, null, provider);
		assertThat(withList.overdueOf("QJ-HTZ", scope)).extracting(OverdueItem::title).containsExactly("引进外资项目");
	}

	@Test
	void theSupervisionListReportsItsOverdueItemsWithinTheCallersScope() {
		org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
		try {
			overdueWithinScope();
		}
		finally {
			org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
		}
	}

	private void overdueWithinScope() {
		DataScope hq = new DataScope(Role.HEADQUARTERS, "QJ-HTZ", null, null, null);
		assertThat(this.cards.overdueOf("QJ-HTZ", hq)).extracting(OverdueItem::owner).contains("区商务委", "区科技局");
		assertThat(this.cards.overdueOf("QJ-HTZ", hq)).allMatch((o) -> o.due().isBefore(LocalDate.now()));
		DataScope scienceBureau = new DataScope(Role.DEPARTMENT, "QJ-HTZ", null, null, "KJJ");
		List<OverdueItem> ownAndCooperated = this.cards.overdueOf("QJ-HTZ", scienceBureau);
		assertThat(ownAndCooperated).extracting(OverdueItem::owner).contains("区科技局").doesNotContain("区商务委");
		assertThat(this.cards.overdueOf("QJ-HTZ", hq)).containsAll(ownAndCooperated);
		DataScope chainLeader = new DataScope(Role.CHAIN_LEADER, "QJ-HTZ", null, "SILK", null);
		assertThat(this.cards.overdueOf("QJ-HTZ", chainLeader)).isEmpty();
	}

	private GaoxinPrincipal hq() {
		return principal(DemoAccounts.HEADQUARTERS);
	}

	private GaoxinPrincipal principal(String name) {
		return (GaoxinPrincipal) this.users.loadUserByUsername(name);
	}

}
