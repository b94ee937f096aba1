package org.gaoxin.standard;

import java.nio.charset.StandardCharsets;

import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A standard file that names the published text it is taken from (document) is linked
 * from the Standards page and its own page; one that names none says so; an address that
 * is not a web page's is refused.
 */
@DemoApplicationTest
class StandardDocumentLinkTest {

	private static final String ADDRESS = "https://example.org/standards/doc-link-test.pdf";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theStandardsPagesLinkThePublishedTextTheFileNames() throws Exception {
		upload(standard("DOC-LINK-TEST", "document: " + ADDRESS + "\n")).andExpect(status().isCreated());
		try {
			Element link = page("/standards", "zh_CN").selectFirst("#standard-table a[href=\"" + ADDRESS + "\"]");
			assertThat(link).isNotNull();
			assertThat(link.text()).isEqualTo("原文");
			assertThat(link.attr("rel")).contains("noopener", "noreferrer");
			Document own = page("/standards/DOC-LINK-TEST/1", "en");
			assertThat(own.selectFirst("#standard-document a").attr("href")).isEqualTo(ADDRESS);
			assertThat(own.selectFirst("#standard-document").text()).startsWith("Published text:");
		}
		finally {
			this.mvc.perform(post("/api/v1/standards/DOC-LINK-TEST/1/retire")
				.with(httpBasic(DemoAccounts.ADMIN, DemoAccounts.PASSWORD)));
		}
	}

	@Test
	void theBuiltInStandardNamesNoPublishedTextAndThePageSaysSo() throws Exception {
		assertThat(
				page("/standards/CQ-MUNICIPAL-HTZ/2021-illustrative", "zh_CN").selectFirst("#standard-document").text())
			.isEqualTo("标准文件未注明出处原文的网址。");
		assertThat(page("/standards/CQ-MUNICIPAL-HTZ/2021-illustrative", "en").select("#standard-document a"))
			.isEmpty();
	}

	@Test
	void anAddressThatIsNotAWebPagesIsRefused() throws Exception {
		for (String address : new String[] { "javascript:alert(1)", "file:///etc/passwd", "docs/STANDARDS.md" }) {
			upload(standard("DOC-LINK-BAD", "document: \"" + address + "\"\n")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.problems[*].text",
						hasItem(containsString("document (line 5): must be a web address starting with http"))));
		}
	}

	private static byte[] standard(String code, String document) throws Exception {
		String builtIn = new ClassPathResource("standards/cq-municipal-htz-illustrative.yaml")
			.getContentAsString(StandardCharsets.UTF_8);
		String body = builtIn.substring(builtIn.indexOf("kind:"));
		return ("code: " + code + "\nversion: \"1\"\n"
				+ body.replaceFirst("kind: threshold\n",
						"kind: threshold\nname: {zh: 出处链接测试标准, en: Document link test}\n" + document))
			.replaceFirst("(?m)^name:\n  zh: .*\n  en: .*\n", "")
			.getBytes(StandardCharsets.UTF_8);
	}

	private org.springframework.test.web.servlet.ResultActions upload(byte[] file) throws Exception {
		return this.mvc.perform(
				multipart("/api/v1/standards").file(new MockMultipartFile("file", "doc.yaml", "application/yaml", file))
					.header("Accept-Language", "en")
					.with(httpBasic(DemoAccounts.ADMIN, DemoAccounts.PASSWORD)));
	}

	private Document page(String path, String lang) throws Exception {
		return Jsoup.parse(this.mvc
			.perform(get(path).param("lang", lang).with(user(this.users.loadUserByUsername(DemoAccounts.VIEWER))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
