package org.gaoxin.qualification;

import java.util.List;
import java.util.stream.Collectors;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.TestTexts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 高企培育库 for the demo zone: counts and shares, candidates with their gaps, and the outlook
 * on the targets.
 */
@DemoApplicationTest
class CultivationPoolTest {

	@Autowired
	CultivationPool pool;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	private final DataScope headquarters = new DataScope(Role.HEADQUARTERS, DemoAccounts.QIANJIANG, null, null, null);

	@Test
	void regionalSharesOfTheDemoZoneOnTheApi() throws Exception {
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/regional-shares").param("year", "2021")
				.with(httpBasic(DemoAccounts.HEADQUARTERS, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counts.techSme").value(350))
			.andExpect(jsonPath("$.counts.regionTechSme").value(1228))
			.andExpect(jsonPath("$.counts.highTech").value(37))
			.andExpect(jsonPath("$.counts.regionHighTech").value(66))
			.andExpect(jsonPath("$.techSmeSharePct").value(28.5))
			.andExpect(jsonPath("$.highTechSharePct").value(56.1));
	}

	@Test
	void poolPageShowsTheCountsTheSharesAndTheCandidates() throws Exception {
		GaoxinPrincipal me = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS);
		this.mvc.perform(get("/cultivation").param("zone", "QJ-HTZ").param("year", "2021").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("占渝东南的 56.1%")))
			.andExpect(content().string(containsString("占渝东南的 28.5%")))
			.andExpect(content().string(containsString("data-readiness=\"READY\"")))
			.andExpect(content().string(containsString("个百分点")));
	}

	@Test
	void candidatesAreTheNonHighTechEnterprisesNearestFirst() {
		Pool p = this.pool.pool(DemoAccounts.QIANJIANG, 2021, this.headquarters);
		assertThat(p.highTechNow()).isEqualTo(37);
		assertThat(p.techSmeNow()).isEqualTo(350);
		assertThat(p.candidates()).extracting(Candidate::readiness).isSortedAccordingTo(Enum::compareTo);
		assertThat(p.count(Readiness.READY)).isGreaterThanOrEqualTo(14);
		assertThat(p.count(Readiness.NEAR)).isGreaterThanOrEqualTo(10);
		assertThat(p.candidates()).filteredOn((c) -> c.readiness() == Readiness.NEAR)
			.allSatisfy((c) -> assertThat(c.failedConditions()).isEqualTo(1));
		List<Long> highTech = this.jdbc.sql("""
				SELECT c.enterprise_id FROM hte_certificate c JOIN enterprise e ON e.id = c.enterprise_id
				WHERE e.zone_code = 'QJ-HTZ' AND c.issue_year BETWEEN 2019 AND 2021""").query(Long.class).list();
		assertThat(p.candidates()).extracting(Candidate::enterpriseId).doesNotContainAnyElementsOf(highTech);
	}

	@Test
	void gapsAreStatedInYuanPeopleIpItemsAndPercentagePoints() {
		Pool p = this.pool.pool(DemoAccounts.QIANJIANG, 2021, this.headquarters);
		String gaps = p.candidates()
			.stream()
			.filter((c) -> c.readiness() == Readiness.NEAR)
			.flatMap((c) -> c.gaps().stream())
			.map((g) -> TestTexts.zh(g) + " / " + TestTexts.en(g))
			.collect(Collectors.joining("\n"));
		assertThat(gaps).contains("万元", "million yuan", "个百分点", "percentage points");
		assertThat(gaps).containsPattern("还需增加科技人员\\d+人");
		assertThat(gaps).containsPattern("\\d+件");
	}

	@Test
	void outlookMeasuresNextYearAgainstTheTargets() {
		Pool p = this.pool.pool(DemoAccounts.QIANJIANG, 2021, this.headquarters);
		assertThat(p.targets()).extracting(TargetOutlook::targetYear, TargetOutlook::target)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2024, 70),
					org.assertj.core.groups.Tuple.tuple(2025, 100));
		TargetOutlook outlook = p.targets().get(0);
		long ready = p.count(Readiness.READY)
				+ p.renewals().stream().filter((r) -> r.readiness() == Readiness.READY).count();
		assertThat(outlook.secure()).isEqualTo((int) p.validNextYear());
		assertThat(outlook.ifReadyQualify()).isEqualTo(outlook.secure() + (int) ready);
		assertThat(outlook.stillNeeded()).isEqualTo(Math.max(0, 70 - outlook.ifReadyQualify()));
		assertThat(p.validNextYear() + p.renewals().size()).isEqualTo(37);
	}

	@Test
	void exportIsACsvWithNeutralisedFormulas() throws Exception {
		GaoxinPrincipal me = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS);
		this.mvc
			.perform(get("/cultivation/export.csv").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("readiness", "READY")
				.with(user(me)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("cultivation-QJ-HTZ-2021.csv")))
			.andExpect(content().string(containsString("统一社会信用代码,企业名称")))
			.andExpect(content().string(containsString("可申报")));
	}

	@Test
	void theExportSpeaksTheReadersLanguage() throws Exception {
		GaoxinPrincipal me = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS);
		String csv = this.mvc
			.perform(get("/cultivation/export.csv").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("readiness", "NEAR")
				.param("lang", "en")
				.with(user(me)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFFUnified social credit code,Enterprise,Industrial chain,Readiness,"
				+ "Conditions not met,\"Innovation score, lowest\",\"Innovation score, highest\",Technology-based SME,Gaps");
		assertThat(lines.subList(1, lines.size())).isNotEmpty()
			.allSatisfy((line) -> assertThat(line).contains(",One condition short,"))
			.allSatisfy((line) -> assertThat(gapsCell(line)).doesNotContainPattern(HAN))
			.anySatisfy((line) -> assertThat(gapsCell(line)).contains("percentage points"));
		byte[] xlsx = this.mvc
			.perform(get("/cultivation/export.xlsx").param("zone", "QJ-HTZ")
				.param("year", "2021")
				.param("readiness", "NEAR")
				.param("lang", "en")
				.with(user(me)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx))) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Cultivation pool");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Unified social credit code");
			assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("One condition short");
			assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).doesNotContainPattern(HAN);
		}
	}

	@Test
	void pagesShowTheEnginesTextsInOneLanguage() throws Exception {
		GaoxinPrincipal me = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS);
		String english = page(get("/cultivation").param("zone", "QJ-HTZ").param("year", "2021").param("lang", "en"),
				me);
		assertThat(cells(english, "<td class=\"gaps\">")).isNotEmpty()
			.allSatisfy((cell) -> assertThat(cell).doesNotContainPattern(HAN))
			.anySatisfy((cell) -> assertThat(cell).contains("percentage points"));
		assertThat(english).contains("One condition short").doesNotContain("差一项");
		String chinese = page(get("/cultivation").param("zone", "QJ-HTZ").param("year", "2021").param("lang", "zh_CN"),
				me);
		assertThat(cells(chinese, "<td class=\"gaps\">")).isNotEmpty()
			.allSatisfy((cell) -> assertThat(cell).doesNotContainPattern(ENGLISH_WORD));

		long candidate = this.pool.pool(DemoAccounts.QIANJIANG, 2021, this.headquarters)
			.candidates()
			.stream()
			.filter((c) -> c.readiness() == Readiness.NEAR)
			.findFirst()
			.orElseThrow()
			.enterpriseId();
		String assessment = page(
				get("/enterprises/" + candidate + "/qualification").param("year", "2021").param("lang", "en"), me);
		// the sections' headings name the Chinese terms on purpose; the engine's texts
		// are in the tables
		List<String> engineTexts = engineTexts(assessment.substring(assessment.indexOf("id=\"high-tech\"")));
		assertThat(engineTexts).hasSizeGreaterThan(50)
			.allSatisfy((text) -> assertThat(text).doesNotContainPattern(HAN))
			.contains("S&amp;T staff ÷ the year&#39;s total staff", "fail", "to be declared by the enterprise");
		String zh = page(
				get("/enterprises/" + candidate + "/qualification").param("year", "2021").param("lang", "zh_CN"), me);
		assertThat(engineTexts(zh.substring(zh.indexOf("id=\"high-tech\"")))).hasSizeGreaterThan(50)
			.allSatisfy((text) -> assertThat(text).doesNotContainPattern(ENGLISH_WORD))
			.contains("科技人员占当年职工总数比例", "不符合", "待企业申报");
	}

	private static final java.util.regex.Pattern HAN = java.util.regex.Pattern.compile("\\p{IsHan}");

	/**
	 * Chinese texts name IP classes "I类", "II类"; no English word has fewer than three
	 * letters here.
	 */
	private static final java.util.regex.Pattern ENGLISH_WORD = java.util.regex.Pattern.compile("[A-Za-z]{3,}");

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			GaoxinPrincipal me) throws Exception {
		return this.mvc.perform(request.with(user(me)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/** The text of every cell opened by {@code opening}, tags stripped. */
	private static List<String> cells(String html, String opening) {
		List<String> cells = new java.util.ArrayList<>();
		for (int at = html.indexOf(opening); at >= 0; at = html.indexOf(opening, at + 1)) {
			cells.add(html.substring(at + opening.length(), html.indexOf("</td>", at)).replaceAll("<[^>]+>", " "));
		}
		return cells;
	}

	/** The texts of every table cell and list item, tags stripped. */
	private static List<String> engineTexts(String html) {
		return java.util.regex.Pattern.compile("<(td|li)[^>]*>(.*?)</\\1>", java.util.regex.Pattern.DOTALL)
			.matcher(html)
			.results()
			.map((match) -> match.group(2).replaceAll("<[^>]+>", "").strip())
			.filter((text) -> !text.isEmpty())
			.toList();
	}

	/** The last column of an exported line: the gaps. */
	private static String gapsCell(String line) throws java.io.IOException {
		try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(line,
				org.apache.commons.csv.CSVFormat.DEFAULT)) {
			org.apache.commons.csv.CSVRecord record = parser.getRecords().get(0);
			return record.get(record.size() - 1);
		}
	}

	@Test
	void chainLeaderSeesTheCandidatesOnItsChainOnly() {
		DataScope chain = new DataScope(Role.CHAIN_LEADER, DemoAccounts.QIANJIANG, null, "QJ-SILK", null);
		assertThat(this.pool.pool(DemoAccounts.QIANJIANG, 2021, chain).candidates()).isNotEmpty()
			.allSatisfy((c) -> assertThat(c.chainCode()).isEqualTo("QJ-SILK"));
	}

	@Test
	void enterpriseUsersHaveNoPoolButTheirOwnSelfAssessment() throws Exception {
		GaoxinPrincipal me = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ENTERPRISE);
		this.mvc.perform(get("/cultivation").with(user(me)))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/self-assessment"));
		// 资格自评 is the enterprise's own figures to change; its qualification page beside
		// it
		this.mvc.perform(get("/self-assessment").with(user(me)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/enterprises/" + me.scope().enterpriseId() + "/self-assessment"));
		this.mvc.perform(get("/enterprises/" + me.scope().enterpriseId() + "/self-assessment").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"high-tech-outcome\"")));
		this.mvc.perform(get("/enterprises/" + me.scope().enterpriseId() + "/qualification").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"high-tech-outcome\"")));
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/cultivation").param("year", "2021")
				.with(httpBasic(DemoAccounts.ENTERPRISE, DemoAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
	}

}
