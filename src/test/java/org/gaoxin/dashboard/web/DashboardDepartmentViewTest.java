package org.gaoxin.dashboard.web;

import java.util.List;

import org.gaoxin.account.GaoxinPrincipal;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each role lands on its own view: the science bureau (demo-dept, KJJ) on its desk — the
 * items it leads or cooperates on with their states and dates, the indicators it answers
 * for with their values and verdicts — not on the zone's cockpit, which stays a link
 * away; headquarters keeps the cockpit.
 */
@DemoApplicationTest
class DashboardDepartmentViewTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theDepartmentLandsOnItsDeskAndHeadquartersOnTheCockpit() throws Exception {
		this.mvc.perform(get("/").with(user(principal(DemoAccounts.DEPARTMENT))))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/tasks/desk"));
		// the zone's cockpit, once the department asks for it
		this.mvc
			.perform(get("/").param("zone", DemoAccounts.QIANJIANG)
				.param("year", "2021")
				.with(user(principal(DemoAccounts.DEPARTMENT))))
			.andExpect(status().isOk());
		for (String who : List.of(DemoAccounts.HEADQUARTERS, DemoAccounts.ADMIN, DemoAccounts.VIEWER)) {
			this.mvc.perform(get("/").with(user(principal(who)))).andExpect(status().isOk());
		}
		for (String who : List.of(DemoAccounts.HEADQUARTERS, DemoAccounts.VIEWER, DemoAccounts.CHAIN_LEADER,
				DemoAccounts.ENTERPRISE)) {
			this.mvc.perform(get("/tasks/desk").with(user(principal(who)))).andExpect(status().isForbidden());
		}
	}

	@Test
	void theDeskShowsTheBureausOwnItemsAndIndicatorsOnly() throws Exception {
		Document desk = desk("zh_CN");
		List<String> titles = desk.select("#desk-items tr[data-task-id] td:first-child a").eachText();
		// led by KJJ, and the plan FGW leads with KJJ cooperating
		assertThat(titles).contains("开展高新技术企业申报辅导培训", "新建市级科技企业孵化器", "推动规上工业企业研发机构全覆盖", "编制高新区产业发展规划（2022—2025）");
		// other departments' items
		assertThat(titles).doesNotContain("引进外资制造业项目", "培育新增规上工业企业");
		assertThat(desk.select("#desk-items tr[data-task-id]").eachAttr("data-status")).contains("ASSIGNED", "ACCEPTED",
				"IN_PROGRESS", "VERIFIED");
		assertThat(desk.select("#desk-items").text()).contains("牵头", "配合");
		assertThat(desk.select("#desk-items .badge.text-bg-danger").eachText()).as("the overdue milestone")
			.isNotEmpty();
		// indicators the bureau answers for (C07 high-tech enterprises, unmet in 2021),
		// not
		// the statistics bureau's C14 nor the economy commission's C15
		List<String> indicators = desk.select("#desk-indicators tr[data-indicator]").eachAttr("data-indicator");
		assertThat(indicators).contains("C07", "C08", "C13").doesNotContain("C14", "C15", "C17");
		assertThat(desk.select("#desk-indicators tr[data-indicator=C07]").attr("data-met")).isEqualTo("false");
		assertThat(desk.select("#desk-indicators tr[data-indicator=C07]").text()).contains("37", "未达标");
		assertThat(desk.select("#zone-view-link").attr("href")).isEqualTo("/?zone=QJ-HTZ&year=2021");
		assertThat(desk.select("#desk-department").text()).isEqualTo("区科技局");
	}

	@Test
	void inEnglishTheDeskIsInEnglish() throws Exception {
		Document desk = desk("en");
		assertThat(desk.select("main").text()).contains("Items of my department", "Lead", "Cooperating", "unmet")
			.doesNotContain("desk.");
		assertThat(desk.select("#desk-indicators thead").text()).doesNotContainPattern("\\p{IsHan}");
	}

	private Document desk(String lang) throws Exception {
		return Jsoup.parse(this.mvc
			.perform(get("/tasks/desk").param("year", "2021")
				.param("lang", lang)
				.with(user(principal(DemoAccounts.DEPARTMENT))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private GaoxinPrincipal principal(String name) {
		return (GaoxinPrincipal) this.users.loadUserByUsername(name);
	}

}
