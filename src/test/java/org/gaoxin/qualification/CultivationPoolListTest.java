package org.gaoxin.qualification;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.chain.Chain;
import org.gaoxin.chain.Chains;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cultivation pool as a list like the others: the shared pager that keeps the
 * filters, and an export ready to use (names, not codes; numbers as numbers with their
 * format; columns as wide as their text; a frozen header with filters; the reader's
 * language).
 */
@DemoApplicationTest
class CultivationPoolListTest {

	private static final int PAGE_SIZE = 25;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CultivationPool pool;

	@Autowired
	Chains chains;

	private GaoxinPrincipal headquarters;

	private List<Candidate> candidates;

	@BeforeEach
	void signIn() {
		this.headquarters = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS);
		this.candidates = this.pool.pool(DemoAccounts.QIANJIANG, 2021, this.headquarters.scope()).candidates();
	}

	@Test
	void thePoolIsPagedWithTheSharedPagerThatKeepsTheFilters() throws Exception {
		assertThat(this.candidates).as("the demo pool fills more than two pages").hasSizeGreaterThan(2 * PAGE_SIZE);
		int pages = (this.candidates.size() + PAGE_SIZE - 1) / PAGE_SIZE;
		Document first = page("/cultivation?zone=QJ-HTZ&year=2021&q=");
		Element pager = first.selectFirst("nav.pager");
		assertThat(pager).isNotNull();
		assertThat(pager.select(".pager-total").text()).contains(String.valueOf(this.candidates.size()))
			.containsPattern("1 ?/ ?" + pages);
		List<String> numbers = pager.select("a.page-number").eachText();
		assertThat(numbers).startsWith("1", "2").endsWith(String.valueOf(pages));
		assertThat(pager.select("a.page-number").eachAttr("href"))
			.allSatisfy((href) -> assertThat(href).startsWith("/cultivation?zone=QJ-HTZ&year=2021&"));
		assertThat(pager.selectFirst("#next-page").attr("href")).endsWith("page=1");

		Document last = page(pager.select("a.page-number").last().attr("href"));
		assertThat(last.select("#candidate-table tbody tr")).hasSize(this.candidates.size() - (pages - 1) * PAGE_SIZE);
		assertThat(last.select("#candidate-table tbody tr td").first().text())
			.isEqualTo(String.valueOf((pages - 1) * PAGE_SIZE + 1));
		assertThat(last.selectFirst("nav.pager li.active").text()).isEqualTo(String.valueOf(pages));

		Document filtered = page("/cultivation?zone=QJ-HTZ&year=2021&readiness=FAR");
		long far = this.candidates.stream().filter((c) -> c.readiness() == Readiness.FAR).count();
		assertThat(filtered.select(".pager-total").text()).contains(String.valueOf(far));
		assertThat(filtered.select("nav.pager a.page-number, #export-xlsx, #export-csv").eachAttr("href"))
			.allSatisfy((href) -> assertThat(href).contains("readiness=FAR"));
	}

	@Test
	void theExportIsReadyToUseInTheReadersLanguage() throws Exception {
		List<Chain> zoneChains = this.chains.inZone(DemoAccounts.QIANJIANG);
		Set<String> codes = zoneChains.stream().map(Chain::code).collect(Collectors.toSet());
		assertThat(this.candidates).anySatisfy((c) -> assertThat(c.chainCode()).isNotNull());
		for (String lang : List.of("zh_CN", "en")) {
			boolean chinese = !"en".equals(lang);
			Set<String> names = zoneChains.stream().map((c) -> c.name(chinese)).collect(Collectors.toSet());
			byte[] xlsx = this.mvc
				.perform(get("/cultivation/export.xlsx").param("zone", "QJ-HTZ")
					.param("year", "2021")
					.param("lang", lang)
					.with(user(this.headquarters)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				XSSFSheet sheet = workbook.getSheetAt(0);
				int rows = this.candidates.size();
				assertThat(sheet.getLastRowNum()).isEqualTo(rows);
				assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
				assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I" + (rows + 1));
				assertThat(sheet.getRow(0).getCell(2).getStringCellValue())
					.isEqualTo(chinese ? "产业链" : "Industrial chain");
				for (int c = 0; c < 9; c++) {
					assertThat(sheet.getColumnWidth(c)).as("column %d is as wide as its header", c)
						.isGreaterThanOrEqualTo(
								Math.min(60, textWidth(sheet.getRow(0).getCell(c).getStringCellValue())) * 256);
				}
				for (int r = 1; r <= rows; r++) {
					Row row = sheet.getRow(r);
					Candidate candidate = this.candidates.get(r - 1);
					assertThat(row.getCell(1).getStringCellValue()).isEqualTo(candidate.name());
					Cell chain = row.getCell(2);
					if (candidate.chainCode() != null) {
						assertThat(chain.getStringCellValue()).isIn(names).isNotIn(codes);
					}
					assertThat(row.getCell(3).getStringCellValue()).doesNotMatch("[A-Z_]+");
					assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
					assertThat(row.getCell(4).getNumericCellValue()).isEqualTo((double) candidate.failedConditions());
					if (candidate.scoreMin() != null) {
						assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(candidate.scoreMin().doubleValue());
						assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(candidate.scoreMax().doubleValue());
						assertThat(row.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
					}
					assertThat(row.getCell(7).getStringCellValue())
						.isIn(chinese ? List.of("是", "否") : List.of("yes", "no"));
				}
			}
		}
	}

	private Document page(String url) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(user(this.headquarters)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	/** As the export measures it: CJK characters take two. */
	private static int textWidth(String text) {
		return text.codePoints().map((c) -> (c >= 0x2E80) ? 2 : 1).sum();
	}

}
