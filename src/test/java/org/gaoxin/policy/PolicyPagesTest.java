package org.gaoxin.policy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The policy pages and API as each role meets them: the zone's totals in both languages,
 * marked illustrative; an enterprise user sees its own matches only, another's by id is
 * not found; a list prepared, refused to its preparer, approved by another person,
 * exported (read back with POI) and paid once — twice is a localized 409.
 */
@DemoApplicationTest
@Transactional
class PolicyPagesTest {

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Enterprises enterprises;

	@Test
	void everyPolicyPageRendersInBothLanguagesMarkedIllustrative() throws Exception {
		Enterprise some = this.enterprises.inZone(DemoAccounts.QIANJIANG, DataScope.everything(Role.ADMIN)).get(0);
		for (String url : List.of("/policies?zone=QJ-HTZ&year=2021",
				"/policies/QJ-ILLUS-RD/articles/A1?zone=QJ-HTZ&year=2021", "/policies/talent?zone=QJ-HTZ",
				"/policies/enterprises/" + some.id() + "?year=2021")) {
			String zh = page(get(url).param("lang", "zh_CN"), DemoAccounts.HEADQUARTERS);
			String en = page(get(url).param("lang", "en"), DemoAccounts.HEADQUARTERS);
			assertThat(zh + en).as(url).doesNotContain("??", "policy.", "enum.");
			assertThat(headings(en)).as(url).allSatisfy((text) -> assertThat(text).doesNotContainPattern(HAN));
		}
		String overview = page(get("/policies").param("zone", "QJ-HTZ").param("year", "2021").param("lang", "zh_CN"),
				DemoAccounts.HEADQUARTERS);
		assertThat(overview).contains("示例:黔江高新区高新技术企业认定奖励办法", "id=\"policy-illustrative-notice\"", "首次认定高新技术企业奖励",
				"科技创新专项资金·高企奖励", "兑现总额");
		String english = page(get("/policies").param("zone", "QJ-HTZ").param("year", "2021").param("lang", "en"),
				DemoAccounts.HEADQUARTERS);
		assertThat(english).contains("Illustrative: Qianjiang high-tech enterprise accreditation awards",
				"Illustrative</span>");
	}

	@Test
	void anEnterpriseUserSeesItsOwnMatchesOnlyAndAnothersByIdIsNotFound() throws Exception {
		GaoxinPrincipal enterprise = principal(DemoAccounts.ENTERPRISE);
		long own = enterprise.scope().enterpriseId();
		String json = this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/policies/matches").param("year", "2021").with(user(enterprise)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<Integer> ids = JsonPath.read(json, "$.matches[*].enterpriseId");
		List<Integer> near = JsonPath.read(json, "$.nearMisses[*].enterpriseId");
		assertThat(ids).allSatisfy((id) -> assertThat(id.longValue()).isEqualTo(own));
		assertThat(near).allSatisfy((id) -> assertThat(id.longValue()).isEqualTo(own));
		Enterprise other = this.enterprises.inZone(DemoAccounts.QIANJIANG, DataScope.everything(Role.ADMIN))
			.stream()
			.filter((e) -> e.id() != own)
			.findFirst()
			.orElseThrow();
		this.mvc.perform(get("/policies/enterprises/{id}", other.id()).with(user(enterprise)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(other.name()))));
		this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/policies/enterprises/{id}/matches", other.id()).with(user(enterprise)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		// its own page is its landing page
		String page = page(get("/policies").param("lang", "zh_CN"), DemoAccounts.ENTERPRISE);
		assertThat(page).contains("id=\"enterprise-total\"");
		// a chain leader's matches stay on its chain
		GaoxinPrincipal chain = principal(DemoAccounts.CHAIN_LEADER);
		String chainJson = this.mvc
			.perform(get("/api/v1/zones/QJ-HTZ/policies/matches").param("year", "2021").with(user(chain)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<Integer> chainIds = JsonPath.read(chainJson, "$.matches[*].enterpriseId");
		List<Long> onChain = this.enterprises.inZone(DemoAccounts.QIANJIANG, chain.scope())
			.stream()
			.map(Enterprise::id)
			.toList();
		assertThat(chainIds).allSatisfy((id) -> assertThat(onChain).contains(id.longValue()));
	}

	@Test
	void aListIsApprovedByASecondPersonExportedAndPaidOnce() throws Exception {
		String created = this.mvc
			.perform(post("/api/v1/zones/QJ-HTZ/policies/QJ-ILLUS-HTE/articles/A1/lists").param("year", "2021")
				.with(user(principal(DemoAccounts.HEADQUARTERS)))
				.with(csrf()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		int id = JsonPath.read(created, "$.id");
		int line = JsonPath.read(created, "$.lines[0].id");
		String name = JsonPath.read(created, "$.lines[0].name");
		this.mvc
			.perform(post("/api/v1/zones/QJ-HTZ/policies/lists/{id}/approve", id).param("lang", "en")
				.with(user(principal(DemoAccounts.HEADQUARTERS)))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("The list was prepared by demo-hq; another person must approve it"));
		this.mvc
			.perform(post("/policies/lists/{id}/approve", id).param("zone", "QJ-HTZ")
				.with(user(principal(DemoAccounts.ADMIN)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		byte[] xlsx = this.mvc
			.perform(get("/policies/lists/{id}/export.xlsx", id).param("zone", "QJ-HTZ")
				.param("lang", "zh_CN")
				.with(user(principal(DemoAccounts.VIEWER))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("示例:黔江高新区高新技术企业认定奖励办法 · 首次认定高新技术企业奖励 · 2021 年兑现清单");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("示例:黔江高新区管委会", "示例〔2021〕1号");
			Row header = sheet.getRow(3);
			assertThat(List.of(0, 1, 2, 3, 4, 5).stream().map((c) -> header.getCell(c).getStringCellValue()))
				.containsExactly("序号", "企业名称", "统一社会信用代码", "条款", "金额(万元)", "备注");
			assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo(name);
			assertThat(sheet.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(20.0);
			int lines = JsonPath.<List<?>>read(created, "$.lines").size();
			Row total = sheet.getRow(4 + lines);
			assertThat(total.getCell(0).getStringCellValue()).startsWith("合计");
			assertThat(total.getCell(4).getCellFormula()).isEqualTo("SUM(E5:E" + (4 + lines) + ")");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(20.0 * lines);
			Row signatures = sheet.getRow(6 + lines);
			assertThat(signatures.getCell(0).getStringCellValue()).isEqualTo("经办人:demo-hq");
			assertThat(signatures.getCell(2).getStringCellValue()).isEqualTo("审核人:");
			assertThat(signatures.getCell(4).getStringCellValue()).isEqualTo("批准人:demo-admin");
		}
		String payment = "{\"lineId\": " + line
				+ ", \"amount\": 20, \"paidOn\": \"2022-03-15\", \"voucherNo\": \"记-01\"}";
		this.mvc
			.perform(post("/api/v1/zones/QJ-HTZ/policies/lists/{id}/payments", id)
				.contentType(MediaType.APPLICATION_JSON)
				.content(payment)
				.with(user(principal(DemoAccounts.DEPARTMENT)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paidWanYuan").value(20.0));
		this.mvc
			.perform(post("/api/v1/zones/QJ-HTZ/policies/lists/{id}/payments", id).param("lang", "zh_CN")
				.contentType(MediaType.APPLICATION_JSON)
				.content(payment)
				.with(user(principal(DemoAccounts.DEPARTMENT)))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(name + " 的 A1 条款 2021 年奖补已登记支付,不能重复支付"));
		// the list by id from another zone's address: not found
		this.mvc.perform(get("/api/v1/zones/WL-IP/policies/lists/{id}", id).with(user(principal(DemoAccounts.ADMIN))))
			.andExpect(status().isNotFound());
		// the page's payment form refuses a typing slip in words, and keeps nothing
		this.mvc
			.perform(post("/policies/lists/{id}/pay", id).param("zone", "QJ-HTZ")
				.param("lineId", String.valueOf(JsonPath.<Integer>read(created, "$.lines[1].id")))
				.param("amount", "二十")
				.param("paidOn", "2022-03-15")
				.param("voucherNo", "<script>x</script>")
				.with(user(principal(DemoAccounts.DEPARTMENT)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", "“支付金额(万元)”须为数字"));
	}

	/** Headings, column heads, labels and buttons: the page's own words, no data. */
	private static List<String> headings(String html) {
		org.jsoup.nodes.Element main = org.jsoup.Jsoup.parse(html).selectFirst("main");
		main.select("select, option").remove();
		return main.select("h1 ~ p.small, th, h2, label, button").eachText();
	}

	private GaoxinPrincipal principal(String name) {
		return (GaoxinPrincipal) this.users.loadUserByUsername(name);
	}

	private String page(MockHttpServletRequestBuilder request, String user) throws Exception {
		return this.mvc.perform(request.with(user(principal(user))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
