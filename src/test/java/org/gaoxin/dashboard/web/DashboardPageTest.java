package org.gaoxin.dashboard.web;

import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard carries the flow from the zone's figures to its verdict: the demo zone's
 * 2021 is a pilot with 20 of 23 core indicators met, linked to the evaluation page.
 */
@DemoApplicationTest
class DashboardPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theDemoDashboardFor2021ShowsThePilotVerdict() throws Exception {
		String page = dashboard("zh_CN");
		String summary = summary(page);
		assertThat(summary).contains("data-outcome=\"PILOT\"", ">以认促建试点<", "id=\"summary-core-met\">20/23<",
				"须于2024年全面达标",
				"href=\"/evaluation?zone=QJ-HTZ&amp;year=2021&amp;standard=CQ-MUNICIPAL-HTZ@2021-illustrative\"",
				"C07 高新技术企业数:37 家,要求 ≥ 40,差距 7.5%");
		assertThat(summary.split("data-indicator=", -1)).hasSize(4);
		assertThat(summary).contains("data-indicator=\"C02\"", "data-indicator=\"C05\"", "data-indicator=\"C07\"");
	}

	@Test
	void inEnglishTheVerdictIsInEnglishOnly() throws Exception {
		String summary = summary(dashboard("en"));
		assertThat(summary).contains(">Pilot: accredit, then build<", "id=\"summary-core-met\">20/23<",
				"to meet every indicator by 2024", "C07 High-tech enterprises: 37 enterprises, required ≥ 40, gap 7.5%")
			.doesNotContainPattern("\\p{IsHan}");
	}

	@Test
	void bigNumbersAreGroupedInThousandsInEitherLanguage() throws Exception {
		for (String lang : new String[] { "zh_CN", "en" }) {
			org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(dashboard(lang));
			assertThat(page.select("#region-table tfoot td").eachText()).as(lang).contains("1,228");
			java.util.List<String> numbers = new java.util.ArrayList<>(page.select(".stat-value .number").eachText());
			numbers.addAll(page.select("#region-table td.text-end").eachText());
			assertThat(numbers).as(lang).isNotEmpty().noneMatch((n) -> n.matches(".*\\d{4}.*"));
			assertThat(numbers).as(lang).anyMatch((n) -> n.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?"));
		}
	}

	private String dashboard(String lang) throws Exception {
		UserDetails headquarters = this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS);
		return this.mvc
			.perform(get("/").param("zone", DemoAccounts.QIANJIANG)
				.param("year", "2021")
				.param("lang", lang)
				.with(user(headquarters)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String summary(String page) {
		int start = page.indexOf("id=\"evaluation-summary\"");
		assertThat(start).as("the verdict on the dashboard").isNotNegative();
		return page.substring(start, page.indexOf("</div></div>", start));
	}

}
