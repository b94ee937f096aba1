package org.gaoxin.standard;

import java.nio.charset.StandardCharsets;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The standards page and API show a refused file's problems in the reader's language with
 * their place; an administrator retires a standard, audited: it stays readable and
 * evaluable by its version, and is no longer offered.
 */
@DemoApplicationTest
@Transactional
class StandardRetirementAndProblemsTest {

	private static final String RETIRING = StandardParserTest.MINIMAL.replace("code: TEST", "code: RETIRE-ME")
		.replace("formula: planned_area", "formula: gdp");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Standards standards;

	@Autowired
	AuditLog audit;

	@Test
	void theApiNamesEveryProblemWithItsLineInTheReadersLanguage() throws Exception {
		MockMultipartFile misspelt = file(StandardParserTest.MINIMAL.replace("unit: KM2,", "unit: KM2, cor: false,"));
		this.mvc.perform(multipart("/api/v1/standards").file(misspelt).with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.code").value("standard.problem.file"))
			.andExpect(jsonPath("$.problems[0].code").value("standard.problem.unknownKey"))
			.andExpect(jsonPath("$.problems[0].text").value(startsWith("indicators[0] (I1).cor(第9行):未知的键“cor”")));
		this.mvc.perform(multipart("/api/v1/standards").file(misspelt).header("Accept-Language", "en").with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].text")
				.value(startsWith("indicators[0] (I1).cor (line 9): unknown key 'cor'")));
	}

	@Test
	void thePageShowsTheProblems() throws Exception {
		var admin = this.users.loadUserByUsername(DemoAccounts.ADMIN);
		this.mvc
			.perform(multipart("/standards")
				.file(file(StandardParserTest.MINIMAL.replace("threshold: 5", "threshold: '1'")))
				.with(user(admin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problems", hasItem("indicators[0] (I1).threshold(第9行):“1”写成了文本,数字不加引号")));
	}

	@Test
	void anAdministratorRetiresAStandardWhichStaysReadable() throws Exception {
		Standard loaded = this.standards.upload("retire.yaml", RETIRING.getBytes(StandardCharsets.UTF_8),
				DataScope.everything(Role.ADMIN));
		String reference = loaded.reference();
		this.mvc
			.perform(post("/api/v1/standards/RETIRE-ME/1/retire")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/standards/RETIRE-ME/1/retire").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.retiredAt").exists())
			.andExpect(jsonPath("$.retiredBy").value(DemoAccounts.ADMIN));
		assertThat(this.standards.offered()).extracting(StandardSummary::reference).doesNotContain(reference);
		assertThat(this.standards.list()).extracting(StandardSummary::reference).contains(reference);
		assertThat(this.audit.forRecord("standard", reference)).anySatisfy((entry) -> {
			assertThat(entry.actor()).isEqualTo(DemoAccounts.ADMIN);
			assertThat(entry.newValue()).isEqualTo("true");
		});
		// an evaluation that names the version still opens; the bare code offers nothing
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/evaluations").param("year", "2021")
				.param("standard", reference)
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.standardCode").value("RETIRE-ME"));
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/evaluations").param("year", "2021")
				.param("standard", "RETIRE-ME")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isNotFound());
		var headquarters = this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS);
		this.mvc.perform(get("/evaluation").param("zone", "QJ-HTZ").param("year", "2021").with(user(headquarters)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("value=\"" + reference + "\""))));
		this.mvc.perform(get("/standards").with(user(headquarters))).andExpect(content().string(containsString("已停用")));
	}

	private static MockMultipartFile file(String text) {
		return new MockMultipartFile("file", "t.yaml", "application/yaml", text.getBytes(StandardCharsets.UTF_8));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return httpBasic(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
	}

}
