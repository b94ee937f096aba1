package org.gaoxin.standard;

import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The standard page reads as the standard does: each formula with its inputs' names and
 * units in the reader's language, never the file's identifiers or a Java record.
 */
@DemoApplicationTest
class StandardPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void formulasNameTheirInputsInChinese() throws Exception {
		String page = page("zh_CN");
		assertThat(formula(page, "C03")).isEqualTo("规上企业工业总产值(千元) ÷ 100000");
		assertThat(formula(page, "C09")).isEqualTo("100 × (研究开发费用(千元) ÷ 100000) ÷ 地区生产总值(亿元)");
		assertThat(formula(page, "C07")).isEqualTo("有效高新技术企业数(家)");
		assertThat(formula(page, "C10")).isEqualTo("市级及以上研发机构(家)");
		assertThat(formula(page, "C13")).isEqualTo("孵化器、众创空间(家)");
		assertThat(formula(page, "C22")).isEqualTo("设立专门管理机构");
		assertThat(page).doesNotContain("Formula[", "Fact[", "above_size_output", "rd_expense");
	}

	@Test
	void andInEnglishInEnglish() throws Exception {
		String page = page("en");
		assertThat(formula(page, "C03"))
			.isEqualTo("Industrial output of enterprises above designated size (thousand yuan) ÷ 100000");
		assertThat(formula(page, "C14")).isEqualTo("100 × R&amp;D staff (persons) ÷ Employees (persons)");
		assertThat(formula(page, "C10")).isEqualTo("R&amp;D institution, Municipal or above (institutions)");
		assertThat(page).doesNotContain("Formula[", "above_size_output");
		assertThat(page.substring(page.indexOf("<main"))).doesNotContainPattern("\\p{IsHan}");
	}

	private String page(String lang) throws Exception {
		return this.mvc
			.perform(get("/standards/CQ-MUNICIPAL-HTZ/2021-illustrative").param("lang", lang)
				.with(user(this.users.loadUserByUsername(DemoAccounts.VIEWER))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String formula(String page, String indicator) {
		int cell = page.indexOf("id=\"formula-" + indicator + "\"");
		assertThat(cell).as("formula of " + indicator).isNotNegative();
		String html = page.substring(page.indexOf('>', cell) + 1, page.indexOf("</td>", cell));
		return html.replaceAll("<[^>]*>", "").strip();
	}

}
