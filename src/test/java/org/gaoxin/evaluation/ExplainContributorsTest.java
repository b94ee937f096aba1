package org.gaoxin.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The records behind an indicator read as what they are: platforms by name, kind and
 * level.
 */
@DemoApplicationTest
class ExplainContributorsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void platformsBehindAnIndicatorAreListedByNameKindAndLevelInWords() throws Exception {
		Document zh = explain(DemoAccounts.HEADQUARTERS, "C13", "zh_CN");
		assertThat(headers(zh)).containsExactly("平台名称", "平台类型", "级别");
		Element row = zh.selectFirst("#contributor-table tbody tr");
		assertThat(row).isNotNull();
		assertThat(row.child(1).text()).isIn("孵化器", "众创空间");
		assertThat(row.child(2).text()).isIn("国家级", "市级", "区级");
		assertThat(zh.select("#contributor-table").text())
			.doesNotContainPattern("NATIONAL|MUNICIPAL|DISTRICT|INCUBATOR");
		Document en = explain(DemoAccounts.HEADQUARTERS, "C10", "en");
		assertThat(headers(en)).containsExactly("Platform", "Kind", "Level");
		assertThat(en.select("#contributor-table tbody tr td:eq(1)").eachText()).containsOnly("R&D institution");
		assertThat(en.select("#contributor-table tbody tr td:eq(2)").eachText()).doesNotContain("NATIONAL",
				"MUNICIPAL");
	}

	@Test
	void enterprisesBehindAnIndicatorAreListedByCreditCode() throws Exception {
		Document zh = explain(DemoAccounts.HEADQUARTERS, "C07", "zh_CN");
		assertThat(headers(zh)).containsExactly("统一社会信用代码", "企业名称", "数值");
		assertThat(zh.select("#contributor-scope-note")).isEmpty();
	}

	@Test
	void aChainLeaderIsToldTheValueCountsTheWholeZoneWhileTheListHoldsTheChain() throws Exception {
		Document zh = explain(DemoAccounts.CHAIN_LEADER, "C07", "zh_CN");
		Element note = zh.selectFirst("#contributor-scope-note");
		assertThat(note).isNotNull();
		assertThat(note.text()).contains("全部37家企业", "产业链");
		Document en = explain(DemoAccounts.CHAIN_LEADER, "C07", "en");
		assertThat(en.selectFirst("#contributor-scope-note").text()).contains("all 37 enterprises of the zone",
				"on your chain");
	}

	private Document explain(String account, String indicator, String lang) throws Exception {
		String body = this.mvc
			.perform(get("/evaluation/explain").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("standard", "CQ-MUNICIPAL-HTZ")
				.param("indicator", indicator)
				.param("lang", lang)
				.with(user(this.users.loadUserByUsername(account))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(body);
	}

	private static List<String> headers(Document page) {
		return page.select("#contributor-table thead th").eachText();
	}

}
