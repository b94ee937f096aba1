package org.gaoxin.qualification.web;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.qualification.Declarations;
import org.gaoxin.qualification.ExpertReviews;
import org.gaoxin.qualification.rules.DeclaredFacts;
import org.gaoxin.qualification.rules.ExpertScores;
import org.gaoxin.qualification.rules.IpAcquisition;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The declaration form for the enterprise's own user and the expert-score form for the
 * zone's staff on the qualification page: CSRF, validation at the fields, one language.
 * Every test rolls back.
 */
@DemoApplicationTest
@Transactional
class QualificationPagesTest {

	private static final String YEAR = "2021";

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Declarations declarations;

	@Autowired
	ExpertReviews reviews;

	private GaoxinPrincipal enterprise;

	private GaoxinPrincipal department;

	private long own;

	@BeforeEach
	void signIn() {
		this.enterprise = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ENTERPRISE);
		this.department = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.DEPARTMENT);
		this.own = this.enterprise.scope().enterpriseId();
	}

	@Test
	void theEnterpriseDeclaresItsFactsAndStaffReadWhoDeclaredWhat() throws Exception {
		this.mvc.perform(page().with(user(this.enterprise)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("id=\"declaration-form\""), containsString("name=\"_csrf\""),
							containsString("尚未申报"), not(containsString("id=\"expert-form\"")))));
		this.mvc.perform(declaration("false", "OWN_RESEARCH").with(user(this.enterprise)).with(csrf()))
			.andExpect(redirectedUrl("/enterprises/" + this.own + "/qualification?year=" + YEAR + "#declarations"))
			.andExpect(flash().attribute("notice", "qualification.declaration.saved"));

		DeclaredFacts stored = this.declarations.find(this.own, 2021, this.enterprise.scope()).orElseThrow().facts();
		assertThat(stored)
			.isEqualTo(new DeclaredFacts(false, false, false, false, false, IpAcquisition.OWN_RESEARCH, false));
		this.mvc.perform(page().with(user(this.department)))
			.andExpect(content().string(
					allOf(containsString("id=\"declaration-answers\""), not(containsString("id=\"declaration-form\"")),
							containsString("由demo-enterprise于"), containsString("自主研发"))));

		this.mvc.perform(declaration("false", "TRANSFER_GIFT_OR_MERGER_ONLY").with(user(this.enterprise)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(page().with(user(this.department)))
			.andExpect(content().string(allOf(containsString("id=\"declaration-history\""), containsString("首次录入"),
					containsString("知识产权获得方式"), containsString("自主研发 → 仅受让、受赠或并购"))));
	}

	@Test
	void aDeclarationNeedsItsCsrfTokenAndItsOwnUser() throws Exception {
		this.mvc.perform(declaration("false", "OWN_RESEARCH").with(user(this.enterprise)))
			.andExpect(status().isForbidden());
		this.mvc.perform(declaration("false", "OWN_RESEARCH").with(user(this.department)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.declarations.find(this.own, 2021, this.enterprise.scope())).isEmpty();
	}

	@Test
	void anAnswerNotOfferedIsShownAtItsField() throws Exception {
		this.mvc.perform(declaration("perhaps", "BOUGHT").with(user(this.enterprise)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("id=\"declaration-errors\""), containsString("请选择所列选项之一"))))
			.andExpect(content().string(fieldIsInvalid("majorIncident")))
			.andExpect(content().string(fieldIsInvalid("ipAcquisition")));
		assertThat(this.declarations.find(this.own, 2021, this.enterprise.scope())).isEmpty();
	}

	@Test
	void theDepartmentEntersExpertScoresWithinTheirRanges() throws Exception {
		this.mvc.perform(page().with(user(this.department)))
			.andExpect(content().string(allOf(containsString("id=\"expert-form\""), containsString("0–8分"))));
		this.mvc.perform(scores("9", "").with(user(this.department)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"expert-errors\""),
					containsString("技术的先进程度须在0–8分之间(填写的是9)"), containsString("value=\"9\""))))
			.andExpect(content().string(fieldIsInvalid("technicalAdvancement")));
		assertThat(this.reviews.find(this.own, 2021, this.department.scope())).isEmpty();

		this.mvc.perform(scores("8", "6").with(user(this.department)).with(csrf()))
			.andExpect(redirectedUrl("/enterprises/" + this.own + "/qualification?year=" + YEAR + "#expert-scores"));
		assertThat(this.reviews.find(this.own, 2021, this.department.scope()).orElseThrow().scores())
			.isEqualTo(new ExpertScores(8, 8, 2, 6, 6, 4, 4, 6));
		this.mvc.perform(page().with(user(this.enterprise)))
			.andExpect(content().string(allOf(containsString("id=\"expert-values\""),
					not(containsString("id=\"expert-form\"")), containsString("由demo-dept于"))));
		this.mvc.perform(scores("7", "").with(user(this.department)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(page().with(user(this.department)))
			.andExpect(content().string(allOf(containsString("id=\"expert-history\""), containsString("首次录入"),
					containsString("技术的先进程度"), containsString("8 → 7"), containsString("6 → 待专家评分"))));
	}

	@Test
	void theDeclaredWayLimitsThePointsOnTheForm() throws Exception {
		this.declarations.declare(this.own, 2021,
				new DeclaredFacts(null, null, null, null, null, IpAcquisition.TRANSFER_GIFT_OR_MERGER_ONLY, null),
				this.enterprise.scope());
		this.mvc.perform(scores("8", "4").with(user(this.department)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("知识产权获得方式须在1–3分之间(仅受让、受赠或并购;填写的是4)")))
			.andExpect(content().string(fieldIsInvalid("ipAcquisition")));
		assertThat(this.reviews.find(this.own, 2021, this.department.scope())).isEmpty();
	}

	@Test
	void noOneOutsideTheZonesStaffScores() throws Exception {
		GaoxinPrincipal otherZone = new GaoxinPrincipal("wl-dept", null, "武隆科技局", true,
				new DataScope(Role.DEPARTMENT, "WL-IP", null, null, "KJJ"));
		this.mvc.perform(scores("8", "6").with(user(otherZone)).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(scores("8", "6").with(user(this.enterprise)).with(csrf())).andExpect(status().isForbidden());
		GaoxinPrincipal viewer = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.VIEWER);
		this.mvc.perform(scores("8", "6").with(user(viewer)).with(csrf())).andExpect(status().isForbidden());
		assertThat(this.reviews.find(this.own, 2021, this.department.scope())).isEmpty();
	}

	@Test
	void theFormsSpeakTheReadersLanguage() throws Exception {
		String declarationEn = section(page().param("lang", "en"), this.enterprise, "declarations");
		assertThat(declarationEn).contains("id=\"declaration-form\"", "How the IP was obtained", "Save the declaration",
				"not declared yet", "serious environmental offence");
		assertThat(text(declarationEn)).doesNotContainPattern(HAN);
		String scoresEn = section(page().param("lang", "en"), this.department, "expert-scores");
		assertThat(scoresEn).contains("id=\"expert-form\"", "technical advancement", "Save the scores");
		assertThat(text(scoresEn)).doesNotContainPattern(HAN);

		String declarationZh = section(page().param("lang", "zh_CN"), this.enterprise, "declarations");
		assertThat(declarationZh).contains("知识产权获得方式", "保存声明", "尚未申报")
			.doesNotContain("Save the declaration", "How the IP was obtained");
		String scoresZh = section(page().param("lang", "zh_CN"), this.department, "expert-scores");
		assertThat(scoresZh).contains("技术的先进程度", "保存评分").doesNotContain("technical advancement", "Save the scores");
	}

	private MockHttpServletRequestBuilder page() {
		return get("/enterprises/{id}/qualification", this.own).param("year", YEAR);
	}

	/** Every fact answered {@code answer}, the IP obtained {@code way}. */
	private MockHttpServletRequestBuilder declaration(String answer, String way) {
		MockHttpServletRequestBuilder request = post("/enterprises/{id}/qualification/declaration", this.own)
			.param("year", YEAR)
			.param("ipAcquisition", way);
		DeclarationForm.FLAGS.forEach((flag) -> request.param(flag, answer));
		return request;
	}

	/** Full marks but technical advancement and how the IP was obtained. */
	private MockHttpServletRequestBuilder scores(String advancement, String acquisition) {
		return post("/enterprises/{id}/qualification/expert-scores", this.own).param("year", YEAR)
			.param("technicalAdvancement", advancement)
			.param("coreSupport", "8")
			.param("standardBonus", "2")
			.param("managementSystems", "6")
			.param("rdBodyAndCooperation", "6")
			.param("conversionRewards", "4")
			.param("talentSystems", "4")
			.param("ipAcquisition", acquisition);
	}

	private String section(MockHttpServletRequestBuilder request, GaoxinPrincipal me, String id) throws Exception {
		String html = this.mvc.perform(request.with(user(me)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		int start = html.indexOf("id=\"" + id + "\"");
		return html.substring(start, html.indexOf("</section>", start));
	}

	/** What a reader sees: tags stripped. */
	private static String text(String html) {
		return html.replaceAll("<[^>]+>", " ");
	}

	private static org.hamcrest.Matcher<String> fieldIsInvalid(String name) {
		return org.hamcrest.Matchers
			.matchesPattern("(?s).*<(input|select) class=\"[^\"]*is-invalid[^\"]*\"[^>]* (id|name)=\"" + name + "\".*");
	}

}
