package org.gaoxin.evaluation;

import java.math.BigDecimal;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.statistics.ZoneFigures;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One figure that makes a formula uncomputable (a zone's population set to 0: C11 divides
 * by it) leaves that indicator MISSING with the reason; the rest of the evaluation and
 * the verdict rule go on, on the page, in the API and in the year-over-year view.
 */
@DemoApplicationTest
@Transactional
class UncomputableFormulaTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ZoneFigures figures;

	@Autowired
	UserDetailsService users;

	@Autowired
	Evaluator evaluator;

	@BeforeEach
	void populationIsZero() {
		GaoxinPrincipal admin = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ADMIN);
		SignedIn.as(admin, () -> {
			this.figures.set(DemoAccounts.QIANJIANG, 2021, "population", new BigDecimal("0"), "test",
					DataScope.everything(Role.ADMIN));
			return null;
		});
	}

	@Test
	void theIndicatorIsMissingAndTheVerdictIsIncomplete() {
		Evaluation evaluation = this.evaluator.evaluate(DemoAccounts.QIANJIANG, 2021, "CQ-MUNICIPAL-HTZ", false,
				DataScope.everything(Role.ADMIN));
		IndicatorResult c11 = evaluation.indicator("C11").orElseThrow();
		assertThat(c11.status()).isEqualTo(IndicatorStatus.MISSING);
		assertThat(c11.missing()).extracting((m) -> m.code()).containsExactly("evaluation.missing.divisionByZero");
		assertThat(evaluation.indicators()).filteredOn((r) -> r.status() == IndicatorStatus.MISSING).hasSize(1);
		assertThat(evaluation.verdict().outcome()).isEqualTo(VerdictOutcome.INCOMPLETE);
	}

	@Test
	void theApiAnswersWithTheReasonInTheReadersLanguage() throws Exception {
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/evaluations").param("year", "2021")
				.param("lang", "en")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict.outcome").value("INCOMPLETE"))
			.andExpect(jsonPath("$.indicators[?(@.code == 'C11')].status").value("MISSING"))
			.andExpect(jsonPath("$.indicators[?(@.code == 'C11')].missing[0].text")
				.value(org.hamcrest.Matchers.hasItem(containsString("zero"))));
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/evaluations/history")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void thePageAndItsYearOverYearViewShowTheEvaluation() throws Exception {
		var headquarters = this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS);
		this.mvc.perform(get("/evaluation").param("zone", "QJ-HTZ").param("year", "2021").with(user(headquarters)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("C11")));
		this.mvc
			.perform(get("/evaluation/explain").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("standard", "CQ-MUNICIPAL-HTZ")
				.param("indicator", "C11")
				.with(user(headquarters)))
			.andExpect(status().isOk());
	}

}
