package org.gaoxin.statistics;

import java.math.BigDecimal;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two people open the same zone figure; the second save does not overwrite the first
 * without a word: it is a conflict showing whose value stands and what was typed, and
 * nothing is overwritten. A value the figure cannot hold is refused on its row.
 */
@DemoApplicationTest
@Transactional
class ZoneFigureEditsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ZoneFigures figures;

	@Autowired
	UserDetailsService users;

	private GaoxinPrincipal department;

	private GaoxinPrincipal headquarters;

	@BeforeEach
	void signIn() {
		this.department = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.DEPARTMENT);
		this.headquarters = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS);
	}

	@Test
	void theSecondSaveOnTheSameVersionIsAConflictAndOverwritesNothing() throws Exception {
		int opened = gdp().version();
		this.mvc.perform(get("/zones/QJ-HTZ/figures").param("year", "2021").with(user(this.department)))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + opened + "\"")));
		// headquarters saves first, from the same version
		saveGdp(this.headquarters, "190", opened).andExpect(flash().attribute("saved", "gdp"));
		// the department's save comes second
		saveGdp(this.department, "185", opened).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("conflict", "gdp"))
			.andExpect(flash().attribute("typed", "185"))
			.andExpect(flash().attribute("conflictMessage", allOf(containsString("地区生产总值"),
					containsString(DemoAccounts.HEADQUARTERS), containsString("190"), containsString("185"))));
		assertThat(gdp().number()).isEqualByComparingTo("190");
		assertThat(gdp().version()).isEqualTo(opened + 1);
		// saved again from the version now shown, it goes through
		saveGdp(this.department, "185", opened + 1).andExpect(flash().attribute("saved", "gdp"));
		assertThat(gdp().number()).isEqualByComparingTo("185");
	}

	@Test
	void theApiAnswers409WithTheCurrentVersion() throws Exception {
		int opened = gdp().version();
		String body = "{\"year\": 2021, \"number\": 191, \"source\": \"api\", \"version\": " + opened + "}";
		api(body).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(opened + 1));
		api(body).andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(opened + 1))
			.andExpect(jsonPath("$.detail").value(containsString("191")));
		api("{\"year\": 2021, \"number\": 191, \"source\": \"api\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("version"));
	}

	@Test
	void yesNoIsStrict() throws Exception {
		ZoneFigure before = find("management_body");
		this.mvc
			.perform(post("/zones/QJ-HTZ/figures/management_body").param("year", "2021")
				.param("value", "maybe")
				.param("version", String.valueOf(before.version()))
				.with(user(this.department))
				.with(csrf()))
			.andExpect(flash().attribute("error", "management_body"))
			.andExpect(flash().attribute("errorMessage", containsString("须为“是”或“否”")));
		assertThat(find("management_body").flag()).isEqualTo(before.flag());
		assertThat(find("management_body").version()).isEqualTo(before.version());
	}

	@Test
	void valuesTheFigureCannotHoldAreRefusedOnTheirRow() throws Exception {
		int version = gdp().version();
		saveGdp(this.department, "-5", version).andExpect(flash().attribute("errorMessage", containsString("不能为负数")));
		saveGdp(this.department, "1e400", version).andExpect(flash().attribute("errorMessage", containsString("过长")));
		saveGdp(this.department, "9".repeat(1000), version)
			.andExpect(flash().attribute("errorMessage", containsString("过长")));
		saveGdp(this.department, "abc", version).andExpect(flash().attribute("errorMessage", containsString("须为数字")));
		this.mvc
			.perform(post("/zones/QJ-HTZ/figures/gdp").param("year", "2021")
				.param("value", "180")
				.param("source", "s".repeat(500))
				.param("version", String.valueOf(version))
				.with(user(this.department))
				.with(csrf()))
			.andExpect(flash().attribute("errorMessage", containsString("最多 200 个字符")));
		for (String year : new String[] { "-5", "99999" }) {
			this.mvc
				.perform(post("/zones/QJ-HTZ/figures/gdp").param("year", year)
					.param("value", "180")
					.param("version", "0")
					.with(user(this.department))
					.with(csrf()))
				.andExpect(status().isBadRequest());
		}
		assertThat(gdp().version()).isEqualTo(version);
		assertThat(SignedIn.as(this.department, () -> this.figures.of("QJ-HTZ", 99999, this.department.scope())))
			.allMatch(ZoneFigure::missing);
	}

	@Test
	void theFormShowsTheConflictOnTheRowWithWhatWasTyped() throws Exception {
		int opened = gdp().version();
		saveGdp(this.headquarters, "190", opened);
		var redirect = saveGdp(this.department, "185", opened).andReturn().getFlashMap();
		this.mvc
			.perform(
					get("/zones/QJ-HTZ/figures").param("year", "2021").flashAttrs(redirect).with(user(this.department)))
			.andExpect(content().string(containsString("id=\"figure-conflict\"")))
			.andExpect(content().string(containsString("value=\"185\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + (opened + 1) + "\"")));
	}

	private ResultActions saveGdp(GaoxinPrincipal who, String value, int version) throws Exception {
		return this.mvc.perform(post("/zones/QJ-HTZ/figures/gdp").param("year", "2021")
			.param("value", value)
			.param("version", String.valueOf(version))
			.with(user(who))
			.with(csrf()));
	}

	private ResultActions api(String body) throws Exception {
		return this.mvc.perform(post("/api/v1/zones/QJ-HTZ/figures/gdp").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(httpBasic(DemoAccounts.DEPARTMENT, DemoAccounts.PASSWORD)));
	}

	private ZoneFigure gdp() {
		return find("gdp");
	}

	private ZoneFigure find(String code) {
		DataScope scope = this.department.scope();
		return this.figures.of("QJ-HTZ", 2021, scope)
			.stream()
			.filter((f) -> f.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

}
