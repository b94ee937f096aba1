package org.gaoxin.qualification.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The self-assessment reads its figures as docs/QUALIFICATIONS.md publishes them: shares
 * to two decimals (rounded down), amounts to 100 yuan (0.01 万元, 0.0001 million yuan), a
 * score range only where it is one.
 */
@DemoApplicationTest
class SelfAssessmentRoundingTest {

	private static final Pattern WAN_YUAN = Pattern.compile("(\\d+(?:\\.\\d+)?)万元");

	private static final Pattern MILLION_YUAN = Pattern.compile("(\\d+(?:\\.\\d+)?) million yuan");

	private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?) ?%");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void amountsAndSharesOnTheSelfAssessmentReadToThePublishedPrecision() throws Exception {
		// enterprises of the demo zone with sales and assets in odd thousands of yuan
		for (String id : List.of("7", "12", "30")) {
			String chinese = results(id, "zh_CN");
			assertThat(chinese).contains("万元");
			assertAtMostDecimals(WAN_YUAN, chinese, 2);
			assertAtMostDecimals(PERCENT, chinese, 2);
			String english = results(id, "en");
			assertThat(english).contains("million yuan");
			assertAtMostDecimals(MILLION_YUAN, english, 4);
			assertAtMostDecimals(PERCENT, english, 2);
		}
		// 78254.99 thousand yuan of sales read 7825.5 万元, not 7825.499
		assertThat(results("7", "zh_CN")).contains("7825.5万元").doesNotContain("7825.499");
	}

	@Test
	void aScoreThatIsNoRangeIsOneNumber() throws Exception {
		var page = Jsoup.parse(page("7", "zh_CN"));
		String score = page.selectFirst("#high-tech-score").text();
		assertThat(score).matches("\\d+|\\d+–\\d+");
		if (score.contains("–")) {
			String[] ends = score.split("–");
			assertThat(ends[0]).isNotEqualTo(ends[1]);
		}
	}

	private static void assertAtMostDecimals(Pattern pattern, String text, int decimals) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			String number = matcher.group(1);
			int dot = number.indexOf('.');
			assertThat((dot < 0) ? 0 : number.length() - dot - 1).as(matcher.group()).isLessThanOrEqualTo(decimals);
		}
	}

	private String results(String id, String lang) throws Exception {
		return Jsoup.parse(page(id, lang)).select("#self-results").text();
	}

	private String page(String id, String lang) throws Exception {
		return this.mvc
			.perform(get("/enterprises/" + id + "/self-assessment").param("lang", lang)
				.with(user(this.users.loadUserByUsername(DemoAccounts.DEPARTMENT))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
