package org.gaoxin.enterprise;

import java.util.List;
import java.util.regex.Pattern;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.shared.PageRequest;
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
 * What people read on the figures and enterprise pages are names: no figure keys
 * (snake_case) and no zone, chain or chain-link codes in the visible text, in either
 * language.
 */
@DemoApplicationTest
class NamesNotCodesPagesTest {

	/**
	 * rd_expense_domestic, fdi_actual …; the Torch survey's own codes (qc05_0, qc11_1)
	 * are the survey's published column codes and stay beside the names.
	 */
	private static final Pattern SNAKE_CASE = Pattern.compile("\\b[a-z][a-z0-9]*(_[a-z][a-z0-9]*)+\\b");

	/** QJ-HTZ, WL-IP, QJ-HEALTH, QJ-HEALTH-BIO … */
	private static final Pattern ZONE_OR_CHAIN_CODE = Pattern.compile("\\b[A-Z]{2}-[A-Z]+(-[A-Z]+)?\\b");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Enterprises enterprises;

	@Test
	void theFiguresPageNamesItsFigures() throws Exception {
		for (String lang : List.of("zh_CN", "en")) {
			String text = visibleText(page("/zones/QJ-HTZ/figures?year=2021", lang));
			assertThat(text).as(lang).doesNotContainPattern(SNAKE_CASE).doesNotContainPattern(ZONE_OR_CHAIN_CODE);
			assertThat(text).contains(lang.equals("en") ? "Foreign capital actually utilised" : "实际利用外资");
		}
	}

	@Test
	void theEnterprisePagesNameZonesChainsAndLinks() throws Exception {
		EnterpriseSummary onALink = this.enterprises
			.search(new EnterpriseSearch(null, DemoAccounts.QIANJIANG, 2021, null, null, EnterpriseSort.NAME, false),
					DataScope.everything(Role.ADMIN), new PageRequest(0, 500))
			.items()
			.stream()
			.filter((e) -> "QJ-HEALTH-BIO".equals(e.chainLinkCode()))
			.findFirst()
			.orElseThrow();
		for (String lang : List.of("zh_CN", "en")) {
			String detail = visibleText(page("/enterprises/" + onALink.id(), lang));
			assertThat(detail).as(lang).doesNotContainPattern(SNAKE_CASE).doesNotContainPattern(ZONE_OR_CHAIN_CODE);
			assertThat(detail).contains(lang.equals("en") ? "Chongqing Qianjiang High-tech Zone" : "重庆黔江高新技术产业开发区",
					lang.equals("en") ? "Big health / Biomedicine" : "大健康 / 生物医药");
			// every zone: the zone column names each enterprise's zone
			String list = visibleText(page("/enterprises?zone=&year=2021&size=100", lang));
			assertThat(list).as(lang).doesNotContainPattern(SNAKE_CASE).doesNotContainPattern(ZONE_OR_CHAIN_CODE);
			assertThat(list).contains(lang.equals("en") ? "Chongqing Qianjiang High-tech Zone" : "重庆黔江高新技术产业开发区",
					lang.equals("en") ? "Pengshui Industrial Park" : "彭水工业园区");
		}
	}

	private String page(String path, String lang) throws Exception {
		UserDetails viewer = this.users.loadUserByUsername(DemoAccounts.VIEWER);
		return this.mvc.perform(get(path).param("lang", lang).with(user(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The page's main content as a reader sees it: no tags, attributes or scripts. */
	private static String visibleText(String html) {
		String main = html.substring(html.indexOf("<main"), html.indexOf("</main>"));
		return main.replaceAll("(?s)<script.*?</script>", " ")
			.replaceAll("(?s)<option[^>]*>", " ")
			.replaceAll("(?s)<[^>]*>", " ")
			.replaceAll("\\s+", " ");
	}

}
