package org.gaoxin.platform;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The innovation page's forms: an incubation recorded by the zone's staff joins the path
 * (the Sankey's rows), a contract registered joins the year's list; bad input is refused
 * naming the field; a viewer and a chain leader change nothing; every change audited.
 */
@DemoApplicationTest
@Transactional
class InnovationFormsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anIncubationRecordedShowsOnThePathChart() throws Exception {
		GaoxinPrincipal staff = principal(DemoAccounts.HEADQUARTERS);
		long incubator = this.jdbc.sql("""
				SELECT MIN(id) FROM innovation_platform WHERE zone_code = 'QJ-HTZ' AND kind = 'INCUBATOR'""")
			.query(Long.class)
			.single();
		String[] enterprise = this.jdbc.sql("""
				SELECT credit_code, name FROM enterprise WHERE zone_code = 'QJ-HTZ'
				AND id NOT IN (SELECT enterprise_id FROM platform_incubation) ORDER BY id""")
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) })
			.list()
			.get(0);
		this.mvc.perform(get("/innovation").param("zone", "QJ-HTZ").param("year", "2021").with(user(staff)))
			.andExpect(
					content().string(org.hamcrest.Matchers.not(containsString("data-enterprise=\"" + enterprise[1]))));
		// graduated before it entered: refused, naming the field, in Chinese
		this.mvc
			.perform(post("/innovation/incubations").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("platform", String.valueOf(incubator))
				.param("creditCode", enterprise[0])
				.param("enteredYear", "2020")
				.param("graduatedYear", "2019")
				.header("Accept-Language", "zh-CN")
				.with(user(staff))
				.with(csrf()))
			.andExpect(flash().attribute("errorField", "graduatedYear"))
			.andExpect(flash().attribute("error", containsString("毕业年份")));
		this.mvc
			.perform(post("/innovation/incubations").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("platform", String.valueOf(incubator))
				.param("creditCode", enterprise[0])
				.param("enteredYear", "2020")
				.with(user(staff))
				.with(csrf()))
			.andExpect(flash().attribute("saved", "incubation"));
		this.mvc.perform(get("/innovation").param("zone", "QJ-HTZ").param("year", "2021").with(user(staff)))
			.andExpect(content().string(containsString("data-enterprise=\"" + enterprise[1] + "\"")));
		// the same incubation twice is refused
		this.mvc
			.perform(post("/innovation/incubations").param("zone", "QJ-HTZ")
				.param("platform", String.valueOf(incubator))
				.param("creditCode", enterprise[0])
				.param("enteredYear", "2020")
				.with(user(staff))
				.with(csrf()))
			.andExpect(flash().attribute("errorField", "creditCode"));
		assertThat(audits("incubation")).isPositive();
	}

	@Test
	void aContractIsRegisteredWithItsFiguresAndBadOnesAreRefused() throws Exception {
		GaoxinPrincipal staff = principal(DemoAccounts.DEPARTMENT);
		long before = audits("techContract");
		this.mvc
			.perform(post("/innovation/contracts").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("title", "蚕丝蛋白提取技术转让")
				.param("seller", "西南大学")
				.param("buyer", "黔江某丝绸公司")
				.param("field", "NEW_MATERIALS")
				.param("turnover", "-5")
				.with(user(staff))
				.with(csrf()))
			.andExpect(flash().attribute("errorField", "turnover"))
			.andExpect(flash().attribute("error", containsString("成交额")));
		this.mvc
			.perform(post("/innovation/contracts").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("title", " ")
				.param("seller", "西南大学")
				.param("buyer", "黔江某丝绸公司")
				.param("field", "NEW_MATERIALS")
				.param("turnover", "5")
				.with(user(staff))
				.with(csrf()))
			.andExpect(flash().attribute("errorField", "title"));
		this.mvc
			.perform(post("/innovation/contracts").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("title", "<b>蚕丝蛋白提取技术转让</b>")
				.param("seller", "西南大学")
				.param("buyer", "黔江某丝绸公司")
				.param("field", "NEW_MATERIALS")
				.param("turnover", "88.5")
				.with(user(staff))
				.with(csrf()))
			.andExpect(flash().attribute("saved", "contract"));
		assertThat(audits("techContract")).isEqualTo(before + 1);
		this.mvc.perform(get("/innovation").param("zone", "QJ-HTZ").param("year", "2021").with(user(staff)))
			.andExpect(content().string(containsString("&lt;b&gt;蚕丝蛋白提取技术转让&lt;/b&gt;")));
	}

	@Test
	void aViewerAndAChainLeaderRecordNothing() throws Exception {
		long before = audits("techContract");
		for (String who : new String[] { DemoAccounts.VIEWER, DemoAccounts.CHAIN_LEADER }) {
			this.mvc
				.perform(post("/innovation/contracts").param("zone", "QJ-HTZ")
					.param("year", "2021")
					.param("title", "越权")
					.param("seller", "a")
					.param("buyer", "b")
					.param("field", "NEW_MATERIALS")
					.param("turnover", "1")
					.with(user(principal(who)))
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(audits("techContract")).isEqualTo(before);
	}

	private long audits(String entity) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity = :entity")
			.param("entity", entity)
			.query(Long.class)
			.single();
	}

	private GaoxinPrincipal principal(String name) {
		return (GaoxinPrincipal) this.users.loadUserByUsername(name);
	}

}
