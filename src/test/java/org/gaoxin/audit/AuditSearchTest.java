package org.gaoxin.audit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.statistics.ZoneFigures;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The change log searched by person, record and dates, as its readers read it: local
 * times, actions and fields in words. The lines written here roll back.
 */
@DemoApplicationTest
@Transactional
class AuditSearchTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ZoneFigures figures;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private GaoxinPrincipal admin;

	@BeforeEach
	void aDepartmentChangesAFigureAndAnOldLineExists() {
		this.admin = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ADMIN);
		GaoxinPrincipal department = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.DEPARTMENT);
		SignedIn.as(department, () -> {
			this.figures.set(DemoAccounts.QIANJIANG, 2021, "gdp", new BigDecimal("181.5"), "test", department.scope());
			return null;
		});
		line(LocalDateTime.of(2020, 3, 1, 10, 15), "archivist", "UPDATE", "enterprise_report", "4242/2019", "qc236",
				"900", "950");
		line(LocalDateTime.of(2020, 3, 2, 23, 59), "archivist", "CREATE", "enterprise", "91500114MAQTW99990", null,
				null, "name=重庆黔江档案测试有限公司, aboveDesignatedSize=true, techField=NEW_MATERIALS");
	}

	@Test
	void searchesByPerson() throws Exception {
		String page = page(get("/audit").param("actor", "DEPT"));
		assertThat(page).contains("<td>demo-dept</td>", "重庆黔江高新技术产业开发区 · 2021 · 地区生产总值")
			.doesNotContain("<td>system</td>");
		assertThat(this.audit
			.search(new AuditSearch("demo-dept", null, null, null, null), new org.gaoxin.shared.PageRequest(0, 50))
			.items()).isNotEmpty().allSatisfy((entry) -> assertThat(entry.actor()).isEqualTo(DemoAccounts.DEPARTMENT));
	}

	@Test
	void searchesByRecordWithPartOfItsKey() throws Exception {
		String page = page(get("/audit").param("entity", "zone_figure").param("key", "2021/GD"));
		assertThat(page).contains("重庆黔江高新技术产业开发区 · 2021 · 地区生产总值", "<div>180</div>", "<div>181.5</div>", "园区指标")
			.doesNotContain("4242/2019");
		assertThat(page(get("/audit").param("entity", "enterprise").param("key", "2021/GD")))
			.contains("id=\"audit-none\"");
		assertThat(page(get("/audit").param("key", "%"))).contains("id=\"audit-none\"");
	}

	@Test
	void referencesReadAsTheNamesOfWhatTheyReferTo() throws Exception {
		assertThat(page(get("/audit").param("entity", "user").param("key", DemoAccounts.HEADQUARTERS)))
			.contains("<td>常用园区</td>", "<div>重庆黔江高新技术产业开发区</div>")
			.doesNotContain("homeZone", ">QJ-HTZ<");
		assertThat(page(get("/audit").param("entity", "platform"))).containsPattern("<div>级别: (国家级|市级|区级)</div>")
			.doesNotContain("DISTRICT", "MUNICIPAL");
	}

	@Test
	void searchesByDaysInTheLocalTimeZoneAndShowsLocalTimes() throws Exception {
		String day = page(get("/audit").param("from", "2020-03-01").param("to", "2020-03-01"));
		assertThat(day).contains("2020-03-01 10:15:00", "4242/2019")
			.doesNotContain("91500114MAQTW99990", "2020-03-01T");
		String twoDays = page(get("/audit").param("from", "2020-03-01").param("to", "2020-03-02"));
		assertThat(twoDays).contains("4242/2019", "2020-03-02 23:59:00", "91500114MAQTW99990")
			.doesNotContain("重庆黔江高新技术产业开发区 · 2021 · 地区生产总值");
		assertThat(page(get("/audit").param("to", "2020-02-29"))).contains("id=\"audit-none\"");
	}

	@Test
	void actionsFieldsAndValuesReadInWords() throws Exception {
		String page = page(get("/audit").param("actor", "archivist"));
		assertThat(page).contains("<td class=\"text-nowrap\">修改</td>", "<td class=\"text-nowrap\">新增</td>", "研究开发费用",
				"年度报表", "<div>企业名称: 重庆黔江档案测试有限公司</div>", "<div>规上企业: 是</div>", "<div>技术领域: 新材料</div>");
		String english = page(get("/audit").param("actor", "archivist").param("lang", "en"));
		assertThat(english).contains("R&amp;D expense", "annual report", "<div>Above designated size: Yes</div>");
	}

	@Test
	void thePageHasPageNumbersAndTheExportFollowsTheSearch() throws Exception {
		long total = this.audit.search(AuditSearch.everything(), new org.gaoxin.shared.PageRequest(0, 1)).total();
		long pages = (total + 49) / 50;
		assertThat(page(get("/audit"))).contains("第 1 / " + pages + " 页", ">" + pages + "</a>");
		assertThat(page(get("/audit").param("actor", "archivist")))
			.contains("href=\"/audit/export.csv?actor=archivist\"");
		String csv = new String(
				this.mvc.perform(get("/audit/export.csv").param("actor", "archivist").with(user(this.admin)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(csv.lines()).hasSize(3);
		assertThat(csv).contains("2020-03-01 10:15:00,archivist,修改,年度报表,4242/2019,研究开发费用,900,950");
	}

	@Test
	void onlyThoseWhoSeeEveryZoneReadTheLog() throws Exception {
		GaoxinPrincipal headquarters = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS);
		this.mvc.perform(get("/audit").param("actor", "demo-dept").with(user(headquarters)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/audit/export.csv").param("actor", "demo-dept").with(user(headquarters)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/audit").param("from", "yesterday").with(user(this.admin)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/audit").with(user(this.admin)))
			.andExpect(content().string(allOf(containsString("id=\"audit-search\""), not(containsString("Z</td>")))));
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void line(LocalDateTime local, String actor, String action, String entity, String key, String field,
			String oldValue, String newValue) {
		this.jdbc.sql("""
				INSERT INTO audit_log (occurred_at, actor, action, entity, entity_key, field, old_value, new_value)
				VALUES (:at, :actor, :action, :entity, :key, :field, :old, :new)""")
			.param("at", local.atZone(this.clock.getZone()).toOffsetDateTime())
			.param("actor", actor)
			.param("action", action)
			.param("entity", entity)
			.param("key", key)
			.param("field", field)
			.param("old", oldValue)
			.param("new", newValue)
			.update();
	}

}
