package org.gaoxin.industry;

import java.net.URI;
import java.util.List;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.chain.Chains;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The silk chain's leader sees and changes only the silk chain, on the pages, in the API
 * and by id; another chain is not found and nothing of it changes. A viewer reads and
 * changes nothing; a department of another zone does not find Qianjiang's chains.
 */
@DemoApplicationTest
@Transactional
class ChainScopeTest {

	private static final DataScope ADMIN = DataScope.everything(Role.ADMIN);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	InvestmentProjects projects;

	@Autowired
	AttractionTargets targets;

	@Autowired
	Chains chains;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSilkLeaderDoesNotFindAnotherChainAnywhere() throws Exception {
		GaoxinPrincipal leader = principal(DemoAccounts.CHAIN_LEADER);
		InvestmentProject alloy = project("QJ-NM");
		long target = this.targets.of("QJ-NM", "QJ-NM-GF", ADMIN).get(0).id();
		for (String url : List.of("/chains/QJ-NM", "/chains/QJ-NM/links/QJ-NM-GF", "/api/v1/chains/QJ-NM",
				"/api/v1/chains/QJ-NM/links/QJ-NM-GF/enterprises", "/api/v1/chains/QJ-NM/links/QJ-NM-GF/targets",
				"/api/v1/chains/QJ-NM/projects", "/investment/projects/" + alloy.id(),
				"/api/v1/chains/projects/" + alloy.id())) {
			this.mvc.perform(get(URI.create(url)).with(user(leader)))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString(alloy.name()))));
		}
		this.mvc.perform(get("/api/v1/chains").param("zone", "QJ-HTZ").with(user(leader)))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].chain.code").value("QJ-SILK"));
		this.mvc.perform(get("/investment").param("zone", "QJ-HTZ").with(user(leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(alloy.name()))));

		int measures = this.chains.measures("QJ-NM").size();
		for (String url : List.of("/chains/QJ-NM/measures", "/chains/QJ-NM/leader",
				"/chains/QJ-NM/links/QJ-NM-GF/targets", "/chains/QJ-NM/links/QJ-NM-GF/targets/" + target + "/delete",
				"/chains/QJ-NM/links/QJ-NM-GF/members", "/investment/projects/" + alloy.id() + "/stage")) {
			this.mvc
				.perform(post(URI.create(url)).param("title", "越权")
					.param("budget", "1")
					.param("startsOn", "2022-01-01")
					.param("endsOn", "2022-12-31")
					.param("name", "越权")
					.param("person", "越权")
					.param("stage", "LEAD")
					.param("version", "0")
					.with(user(leader))
					.with(csrf()))
				.andExpect(status().isNotFound());
		}
		this.mvc
			.perform(post("/api/v1/chains/QJ-NM/projects").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"越权\", \"investor\": \"x\", \"currency\": \"CNY\", \"plannedAmount\": 1, "
						+ "\"plannedUsdRate\": 0.15, \"responsible\": \"x\"}")
				.with(user(leader)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(post("/api/v1/chains/projects/{id}/stage", alloy.id()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"stage\": \"LEAD\", \"version\": " + alloy.version() + "}")
				.with(user(leader)))
			.andExpect(status().isNotFound());
		assertThat(this.chains.measures("QJ-NM")).hasSize(measures);
		assertThat(this.targets.of("QJ-NM", "QJ-NM-GF", ADMIN)).extracting(AttractionTarget::id).contains(target);
		assertThat(this.projects.get(alloy.id(), ADMIN).stage()).isEqualTo(alloy.stage());
		assertThat(this.chains.leader("QJ-NM").person()).isEqualTo("李建华");
	}

	@Test
	void theSilkLeaderKeepsTheirOwnChainAndEveryChangeIsAudited() throws Exception {
		GaoxinPrincipal leader = principal(DemoAccounts.CHAIN_LEADER);
		this.mvc
			.perform(post("/chains/QJ-SILK/links/QJ-SILK-ART/targets").param("name", "<script>alert(1)</script>丝绸画企业")
				.param("location", "四川成都")
				.with(user(leader))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("saved", "target"));
		this.mvc.perform(get("/chains/QJ-SILK/links/QJ-SILK-ART").with(user(leader)))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;丝绸画企业")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
		assertThat(audits("attractionTarget")).isPositive();
		// a blank name is refused with the field named, and what was typed comes back
		this.mvc
			.perform(post("/chains/QJ-SILK/links/QJ-SILK-ART/targets").param("name", " ")
				.param("location", "杭州")
				.with(user(leader))
				.with(csrf()))
			.andExpect(flash().attribute("errorField", "targetName"))
			.andExpect(flash().attribute("error", containsString("目标企业")));
		// an enterprise off the chain cannot be put on one of its links by the leader
		String offChain = this.jdbc
			.sql("SELECT credit_code FROM enterprise WHERE chain_code = 'QJ-NM' FETCH FIRST 1 ROWS ONLY")
			.query(String.class)
			.single();
		this.mvc
			.perform(post("/chains/QJ-SILK/links/QJ-SILK-ART/members").param("creditCode", offChain)
				.with(user(leader))
				.with(csrf()))
			.andExpect(flash().attribute("errorField", "creditCode"));
		int version = this.chains.version("QJ-SILK");
		this.mvc
			.perform(post("/chains/QJ-SILK/leader").param("person", "王秀兰")
				.param("post", "区委常委、副区长")
				.param("username", DemoAccounts.CHAIN_LEADER)
				.param("department", "JXW")
				.param("version", String.valueOf(version))
				.with(user(leader))
				.with(csrf()))
			.andExpect(flash().attribute("saved", "leader"));
		assertThat(this.chains.leader("QJ-SILK").post()).isEqualTo("区委常委、副区长");
		// the same stale form again is a conflict: nothing changes
		this.mvc
			.perform(post("/chains/QJ-SILK/leader").param("person", "别人")
				.param("version", String.valueOf(version))
				.with(user(leader))
				.with(csrf()))
			.andExpect(flash().attribute("error", containsString("已被他人修改")));
		assertThat(this.chains.leader("QJ-SILK").person()).isEqualTo("王秀兰");
	}

	@Test
	void aViewerReadsButChangesNothingAndAnotherZoneFindsNothing() throws Exception {
		GaoxinPrincipal viewer = principal(DemoAccounts.VIEWER);
		this.mvc.perform(get("/chains/QJ-NM").with(user(viewer))).andExpect(status().isOk());
		this.mvc.perform(post("/chains/QJ-NM/measures").param("title", "x").with(user(viewer)).with(csrf()))
			.andExpect(status().isForbidden());
		GaoxinPrincipal wulong = new GaoxinPrincipal("dept-wulong", null, "武隆区科技局", true,
				new DataScope(Role.DEPARTMENT, "WL-IP", null, null, "KJJ"));
		this.mvc.perform(get("/chains/QJ-SILK").with(user(wulong))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/chains/QJ-SILK").with(user(wulong))).andExpect(status().isNotFound());
		this.mvc.perform(get("/investment/projects/" + project("QJ-SILK").id()).with(user(wulong)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/chains").param("zone", "QJ-HTZ").with(user(wulong)))
			.andExpect(status().isForbidden());
		GaoxinPrincipal enterprise = principal(DemoAccounts.ENTERPRISE);
		for (String url : List.of("/chains", "/chains/QJ-SILK", "/investment", "/innovation")) {
			this.mvc.perform(get(url).with(user(enterprise))).andExpect(status().isForbidden());
		}
	}

	private InvestmentProject project(String chain) {
		return this.projects.onChain(chain, ADMIN).get(0);
	}

	private int audits(String entity) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity = :entity")
			.param("entity", entity)
			.query(Integer.class)
			.single();
	}

	private GaoxinPrincipal principal(String name) {
		return (GaoxinPrincipal) this.users.loadUserByUsername(name);
	}

}
