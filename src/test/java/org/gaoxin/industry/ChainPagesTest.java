package org.gaoxin.industry;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo zone's four chains with their leaders, links, enterprises, strengths and gaps,
 * on the pages and in the API, in both languages.
 */
@DemoApplicationTest
class ChainPagesTest {

	private static final DataScope ADMIN = DataScope.everything(Role.ADMIN);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ChainOverviews overviews;

	@Test
	void theDemoZoneHasFourChainsWithLeadersLinksEnterprisesStrengthsAndGaps() {
		List<ChainOverview> chains = this.overviews.overview("QJ-HTZ", 2021, ADMIN);
		assertThat(chains).extracting((o) -> o.chain().code())
			.containsExactly("QJ-TOUR", "QJ-HEALTH", "QJ-NM", "QJ-SILK");
		assertThat(chains).allSatisfy((o) -> {
			assertThat(o.leader().person()).isNotBlank();
			assertThat(o.leader().post()).isNotBlank();
			assertThat(o.leader().departmentCode()).isNotBlank();
			assertThat(o.links()).isNotEmpty();
			assertThat(o.figures().enterprises()).isPositive();
		});
		ChainOverview silk = chains.get(3);
		assertThat(silk.leader().username()).isEqualTo(DemoAccounts.CHAIN_LEADER);
		assertThat(silk.links()).extracting((l) -> l.link().nameZh()).containsExactly("缫丝", "织绸", "服装", "艺术品精深加工");
		Map<String, Strength> strengths = silk.links()
			.stream()
			.collect(Collectors.toMap((l) -> l.link().code(), (l) -> l.strength().strength()));
		// art-ware is left empty by the demo on purpose: the link to fill
		assertThat(strengths).containsEntry("QJ-SILK-ART", Strength.FILL);
		assertThat(silk.gaps()).extracting((l) -> l.link().code()).contains("QJ-SILK-ART");
		assertThat(silk.edges()).hasSize(4);
		// the two new-materials links have nothing downstream: at best they are to extend
		ChainOverview materials = chains.get(2);
		assertThat(materials.links()).extracting((l) -> l.link().nameZh()).containsExactly("先进有色合金材料", "玻璃纤维及复合材料");
		assertThat(materials.links())
			.allSatisfy((l) -> assertThat(l.strength().strength()).isNotEqualTo(Strength.SOUND));
		// an enterprise serving two links counts on each, once on the chain
		int onLinks = silk.links().stream().mapToInt((l) -> l.figures().enterprises()).sum();
		assertThat(onLinks).isGreaterThan(silk.figures().enterprises());
	}

	@Test
	void theChainPagesReadInChineseAndEnglish() throws Exception {
		String zh = page(get("/chains").param("zone", "QJ-HTZ").param("year", "2021").param("lang", "zh_CN"),
				DemoAccounts.HEADQUARTERS);
		assertThat(zh).contains("智慧文旅", "蚕桑丝绸", "新材料", "大健康", "王秀兰", "补链");
		String chain = page(get("/chains/QJ-SILK").param("year", "2021").param("lang", "en"),
				DemoAccounts.HEADQUARTERS);
		assertThat(chain)
			.contains("data-chart=\"chain-map\"", "data-link=\"QJ-SILK-ART\"", "data-strength=\"FILL\"",
					"Art-ware deep processing", "id=\"leader-form\"", "id=\"measure-form\"", "/js/chains.js")
			.doesNotContain("??");
		String link = page(get("/chains/QJ-SILK/links/QJ-SILK-WEAVE").param("year", "2021"), DemoAccounts.HEADQUARTERS);
		assertThat(link).contains("id=\"link-enterprises\"", "id=\"target-add\"");
		String viewer = page(get("/chains/QJ-SILK/links/QJ-SILK-ART"), DemoAccounts.VIEWER);
		assertThat(viewer).contains("id=\"no-enterprises\"", "id=\"target-table\"").doesNotContain("id=\"target-add\"");
		for (String url : List.of("/investment?zone=QJ-HTZ&year=2021", "/innovation?zone=QJ-HTZ&year=2021")) {
			for (String lang : List.of("zh_CN", "en")) {
				assertThat(page(get(url + "&lang=" + lang), DemoAccounts.DEPARTMENT)).doesNotContain("??");
			}
		}
	}

	@Test
	void theChainLeaderLandsOnTheirChain() throws Exception {
		this.mvc.perform(get("/").with(user(principal(DemoAccounts.CHAIN_LEADER))))
			.andExpect(redirectedUrl("/chains/QJ-SILK"));
		this.mvc.perform(get("/chains").with(user(principal(DemoAccounts.CHAIN_LEADER))))
			.andExpect(redirectedUrl("/chains/QJ-SILK"));
		this.mvc.perform(get("/").param("zone", "QJ-HTZ").with(user(principal(DemoAccounts.CHAIN_LEADER))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/").with(user(principal(DemoAccounts.HEADQUARTERS)))).andExpect(status().isOk());
	}

	@Test
	void theApiAnswersTheChainsWithTheirStrengths() throws Exception {
		this.mvc
			.perform(get("/api/v1/chains").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.with(user(principal(DemoAccounts.VIEWER))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(4))
			.andExpect(jsonPath("$[3].links[3].strength.strength").value("FILL"));
		this.mvc
			.perform(get("/api/v1/chains/QJ-SILK/links/QJ-SILK-REEL/enterprises").param("year", "2021")
				.with(user(principal(DemoAccounts.CHAIN_LEADER))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/chains").with(user(principal(DemoAccounts.ENTERPRISE))))
			.andExpect(status().isForbidden());
	}

	private String page(MockHttpServletRequestBuilder request, String user) throws Exception {
		return this.mvc.perform(request.with(user(principal(user))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private GaoxinPrincipal principal(String name) {
		return (GaoxinPrincipal) this.users.loadUserByUsername(name);
	}

}
