package org.gaoxin.benchmark;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.region.District;
import org.gaoxin.region.Regions;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The regional benchmark on the demo region (渝东南, 2021): the source's shares — 350 of
 * 1228 technology-based enterprises (28.5 %), 37 of 66 high-tech enterprises (56.1 %) —
 * on the page and in the API, ranks, the year before, a district without data reported.
 */
@DemoApplicationTest
@Transactional
class RegionalBenchmarkPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Regions regions;

	@Test
	void theApiGivesTheSourcesShares() throws Exception {
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/benchmark").param("year", "2021")
				.param("measure", "aggregate:tech_smes")
				.param("level", "DISTRICTS")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.regionTotal").value(1228))
			.andExpect(jsonPath("$.missingDistricts").isEmpty())
			.andExpect(jsonPath("$.rows[0].code").value("QJ"))
			.andExpect(jsonPath("$.rows[0].chosen").value(true))
			.andExpect(jsonPath("$.rows[0].value").value(350))
			.andExpect(jsonPath("$.rows[0].sharePct").value(28.5))
			.andExpect(jsonPath("$.rows[0].rank").value(1))
			// 武隆 198, 石柱 172, 秀山 196, 酉阳 154, 彭水 158
			.andExpect(jsonPath("$.rows[*].value").value(contains(350, 198, 172, 196, 154, 158)))
			.andExpect(jsonPath("$.rows[*].rank").value(contains(1, 2, 4, 3, 6, 5)));
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/benchmark").param("year", "2021")
				.param("measure", "aggregate:high_tech_enterprises")
				.with(httpBasic(DemoAccounts.VIEWER, DemoAccounts.PASSWORD)))
			.andExpect(jsonPath("$.regionTotal").value(66))
			.andExpect(jsonPath("$.rows[0].code").value("QJ-HTZ"))
			.andExpect(jsonPath("$.rows[0].value").value(37))
			.andExpect(jsonPath("$.rows[0].sharePct").value(56.1))
			// 酉阳 and 彭水 have 4 each: they share 5th place
			.andExpect(jsonPath("$.rows[*].rank").value(contains(1, 3, 4, 2, 5, 5)))
			// the year before (2020: 31 in Qianjiang) and the change, 37 / 31 − 1 = 19.35
			// %
			.andExpect(jsonPath("$.rows[0].previous").value(31))
			.andExpect(jsonPath("$.rows[0].changePct").value(org.hamcrest.Matchers.closeTo(19.354838, 1e-5)));
	}

	@Test
	void thePageShowsTheSharesTheChartAndHighlightsTheZone() throws Exception {
		GaoxinPrincipal headquarters = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS);
		String page = this.mvc
			.perform(get("/benchmark").param("zone", "QJ-HTZ").param("year", "2021").with(user(headquarters)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"tech-sme-share\">28.5 %<", "id=\"high-tech-share\">56.1 %<",
				"data-chart=\"benchmark\"", "id=\"benchmark-chart\"", "/js/benchmark.js");
		// the table: technology-based enterprises by default, Qianjiang highlighted with
		// its share
		assertThat(page).containsPattern("data-code=\"QJ-HTZ\" class=\"table-primary fw-bold\"")
			.containsPattern("class=\"text-end share\">28.5 %<")
			.contains("data-chosen=\"true\"");
		String english = this.mvc
			.perform(get("/benchmark").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("measure", "aggregate:high_tech_enterprises")
				.param("lang", "en")
				.with(user(headquarters)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("class=\"text-end share\">56.1 %<", "South-east Chongqing total");
	}

	@Test
	void aRatioHasNoSharesAndLowerIsBetterRanksFirst() throws Exception {
		// C21 energy per value added, ≤: the lowest ranks first (Qianjiang 0.76 against
		// 0.90)
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/benchmark").param("year", "2021")
				.param("measure", "indicator:C21")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(jsonPath("$.measure.additive").value(false))
			.andExpect(jsonPath("$.regionTotal").value(nullValue()))
			.andExpect(jsonPath("$.rows[0].sharePct").value(nullValue()))
			.andExpect(jsonPath("$.rows[0].rank").value(1))
			.andExpect(jsonPath("$.rows[1].rank").value(2));
	}

	@Test
	void aDistrictWithoutDataIsReportedAndNoShareIsGiven() throws Exception {
		this.regions.create(new District("XX", "CQ-SE", "500199", "测试县", "Test county"));
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/benchmark").param("year", "2021")
				.param("measure", "aggregate:tech_smes")
				.param("level", "DISTRICTS")
				.param("lang", "en")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(jsonPath("$.missingDistricts[0].code").value("XX"))
			.andExpect(jsonPath("$.missingDistricts[0].reasons[0].code").value("benchmark.missing.noZone"))
			.andExpect(jsonPath("$.rows[0].sharePct").value(nullValue()))
			.andExpect(
					jsonPath("$.rows[?(@.code == 'XX')].missing[0].code").value(contains("benchmark.missing.noZone")));
		String page = this.mvc
			.perform(get("/benchmark").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("lang", "en")
				.with(user((GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"missing-districts\"", "Test county",
				"the district has no zone on the platform");
	}

	@Test
	void theSpreadsheetHoldsTheRowsAndTheRegionTotal() throws Exception {
		byte[] xlsx = this.mvc
			.perform(get("/benchmark/export.xlsx").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("measure", "aggregate:tech_smes")
				.param("level", "DISTRICTS")
				.param("lang", "en")
				.with(user((GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.VIEWER))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Share of the region (%)");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Qianjiang");
			assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(350);
			assertThat(sheet.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(28.5);
			assertThat(sheet.getRow(8).getCell(2).getNumericCellValue()).isEqualTo(1228);
		}
	}

	@Test
	void anotherZonesDepartmentAndUnknownMeasuresAreRefused() throws Exception {
		GaoxinPrincipal wulong = new GaoxinPrincipal("dept-wulong", null, "武隆区科技局", true,
				new DataScope(Role.DEPARTMENT, "WL-IP", null, null, "KJJ"));
		this.mvc.perform(get("/api/v1/zones/QJ-HTZ/benchmark").param("year", "2021").with(user(wulong)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/benchmark/export.xlsx").param("zone", "QJ-HTZ").param("year", "2021").with(user(wulong)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/benchmark").param("year", "2021")
				.param("measure", "figure:<script>")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("measure"));
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/benchmark").param("year", "2021")
				.param("peers", "QJ-HTZ", "ELSEWHERE")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("peers"));
	}

}
