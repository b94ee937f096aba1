package org.gaoxin.intake;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every list page and the evaluation export to .xlsx and .csv. */
@DemoApplicationTest
class ExportEndpointsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@ParameterizedTest
	@ValueSource(strings = { "/enterprises/export.%s?year=2021", "/zones/QJ-HTZ/figures/export.%s?year=2021",
			"/evaluation/export.%s?zone=QJ-HTZ&year=2021", "/cultivation/export.%s?zone=QJ-HTZ&year=2021",
			"/zones/QJ-HTZ/reports/export.%s?year=2021", "/quality/export.%s?zone=QJ-HTZ&year=2021" })
	void exportsBothFormats(String url) throws Exception {
		byte[] xlsx = download(url.formatted("xlsx"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThan(1);
		}
		String csv = new String(download(url.formatted("csv")), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF");
		assertThat(csv.lines().count()).isGreaterThan(1);
	}

	@Test
	void theEvaluationExportCarriesTheValuesAndTheVerdict() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(download("/evaluation/export.xlsx?zone=QJ-HTZ&year=2021")))) {
			var c07 = workbook.getSheetAt(0).getRow(7);
			assertThat(c07.getCell(0).getStringCellValue()).isEqualTo("C07");
			assertThat(c07.getCell(4).getNumericCellValue()).isEqualTo(37);
			assertThat(c07.getCell(8).getStringCellValue()).isEqualTo("UNMET");
			assertThat(c07.getCell(12).getStringCellValue()).isEqualTo("以认促建试点 20/23 2024");
		}
	}

	@Test
	void theAuditLogExportsForThoseWhoSeeEveryZone() throws Exception {
		GaoxinPrincipal admin = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ADMIN);
		this.mvc.perform(get("/audit/export.xlsx").with(user(admin))).andExpect(status().isOk());
		GaoxinPrincipal hq = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS);
		this.mvc.perform(get("/audit/export.csv").with(user(hq))).andExpect(status().isForbidden());
	}

	@Test
	void anEnterpriseUserExportsOnlyItsOwnEnterprise() throws Exception {
		GaoxinPrincipal me = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ENTERPRISE);
		String csv = new String(this.mvc.perform(get("/enterprises/export.csv?year=2021").with(user(me)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv.lines().count()).isEqualTo(2);
	}

	@Test
	void theEnterpriseExportKeepsEveryFilterOfTheList() throws Exception {
		String all = new String(download("/enterprises/export.csv?zone=*&year=2021"), StandardCharsets.UTF_8);
		String reeling = new String(download(
				"/enterprises/export.csv?zone=*&year=2021&chain=QJ-SILK&link=QJ-SILK-REEL&qualification=NEITHER"),
				StandardCharsets.UTF_8);
		assertThat(reeling.lines().count()).isGreaterThan(1).isLessThan(all.lines().count());
		assertThat(reeling.lines().skip(1)).allSatisfy((line) -> assertThat(line).contains(",QJ-SILK,QJ-SILK-REEL,"));
	}

	private byte[] download(String url) throws Exception {
		GaoxinPrincipal me = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS);
		return this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url).with(user(me)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
