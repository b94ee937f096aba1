package org.gaoxin.task;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.task.TaskDraft.MilestoneDraft;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The supervision pages and API as each role meets them: a department reports on its own
 * item and reaches no other department's, by page, by id or by the API; the overdue item
 * is in headquarters' list, the digest page and its workbook; both languages.
 */
@DemoApplicationTest
@Transactional
class TaskPagesTest {

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	static final DataScope HQ = new DataScope(Role.HEADQUARTERS, DemoAccounts.QIANJIANG, null, null, null);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Tasks tasks;

	@Test
	void everySupervisionPageRendersInBothLanguages() throws Exception {
		long id = anItemOf("SWW").id();
		for (String url : List.of("/tasks", "/tasks/wall", "/tasks/digest", "/tasks/organisation", "/tasks/new",
				"/tasks/" + id, "/tasks/" + id + "/edit")) {
			String zh = page(get(url).param("lang", "zh_CN"), DemoAccounts.HEADQUARTERS);
			String en = page(get(url).param("lang", "en"), DemoAccounts.HEADQUARTERS);
			assertThat(zh + en).as(url).doesNotContain("??", "task.", "enum.");
			assertThat(headings(en)).as(url).allSatisfy((text) -> assertThat(text).doesNotContainPattern(HAN));
		}
		String wall = page(get("/tasks/wall").param("lang", "en"), DemoAccounts.HEADQUARTERS);
		assertThat(wall).contains("data-chart=\"task-wall\"", "id=\"chart-gantt\"", "id=\"chart-departments\"",
				"/js/task-wall.js", "id=\"overdue-table\"", "id=\"rate-table\"", "data-status=\"STRUCK_OFF\"");
		String list = page(get("/tasks").param("lang", "zh_CN"), DemoAccounts.HEADQUARTERS);
		assertThat(list).contains("二三产业产值", "实际利用外资", "高新技术企业数", "区发展改革委", "区商务委", "区科技局", "2024-12-31",
				"id=\"generate-form\"", "逾期");
	}

	@Test
	void theDepartmentReportsOnItsOwnItemFromThePageWithAFile() throws Exception {
		TaskItem own = anItemOf("KJJ");
		this.mvc
			.perform(post("/tasks/{id}/act", own.id()).param("action", "ACCEPT")
				.with(user(principal(DemoAccounts.DEPARTMENT)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		MockMultipartFile pdf = new MockMultipartFile("file", "进展.pdf", "application/pdf",
				"%PDF-1.4 progress".getBytes(StandardCharsets.US_ASCII));
		this.mvc
			.perform(multipart("/tasks/{id}/act", own.id()).file(pdf)
				.param("action", "REPORT")
				.param("milestone", String.valueOf(own.milestones().get(0).id()))
				.param("figure", "4")
				.param("comment", "<script>alert(1)</script>")
				.with(user(principal(DemoAccounts.DEPARTMENT)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		TaskItem reported = this.tasks.get(own.id(), HQ);
		assertThat(reported.status()).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(reported.milestones().get(0).achieved()).isEqualByComparingTo("4");
		String page = page(get("/tasks/{id}", own.id()), DemoAccounts.DEPARTMENT);
		assertThat(page).contains("进展.pdf", "&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
		Attachment file = this.tasks.attachments(own.id(), HQ).get(0);
		this.mvc
			.perform(get("/tasks/{id}/attachments/{a}", own.id(), file.id())
				.with(user(principal(DemoAccounts.DEPARTMENT))))
			.andExpect(status().isOk())
			.andExpect(content().bytes("%PDF-1.4 progress".getBytes(StandardCharsets.US_ASCII)));
		// a file that is not what its name says is refused, and nothing changes
		MockMultipartFile fake = new MockMultipartFile("file", "x.pdf", "application/pdf", new byte[] { 'M', 'Z' });
		this.mvc
			.perform(multipart("/tasks/{id}/act", own.id()).file(fake)
				.param("action", "REPORT")
				.param("milestone", String.valueOf(own.milestones().get(0).id()))
				.param("figure", "5")
				.with(user(principal(DemoAccounts.DEPARTMENT)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", org.hamcrest.Matchers.containsString(".pdf")));
		assertThat(this.tasks.get(own.id(), HQ).milestones().get(0).achieved()).isEqualByComparingTo("4");
	}

	@Test
	void theDepartmentCannotReachAnotherDepartmentsItemByPageIdOrApi() throws Exception {
		TaskItem other = anItemOf("SWW");
		GaoxinPrincipal dept = principal(DemoAccounts.DEPARTMENT);
		for (String url : List.of("/tasks/" + other.id(), "/api/v1/zones/QJ-HTZ/tasks/" + other.id())) {
			this.mvc.perform(get(url).with(user(dept)))
				.andExpect(status().isNotFound())
				.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("外资测试"))));
		}
		// editing is headquarters' alone: refused before the item is looked up
		this.mvc.perform(get("/tasks/" + other.id() + "/edit").with(user(dept))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/tasks/" + other.id() + "/edit").param("title", "改")
				.param("leadDepartment", "KJJ")
				.param("deadline", "2030-01-01")
				.with(user(dept))
				.with(csrf()))
			.andExpect(status().isForbidden());
		for (String action : List.of("ACCEPT", "REPORT", "REQUEST_COMPLETION")) {
			this.mvc.perform(post("/tasks/{id}/act", other.id()).param("action", action).with(user(dept)).with(csrf()))
				.andExpect(status().isNotFound());
			this.mvc
				.perform(post("/api/v1/zones/QJ-HTZ/tasks/{id}/actions", other.id())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"action\": \"" + action + "\"}")
					.with(user(dept)))
				.andExpect(status().isNotFound());
		}
		this.mvc
			.perform(post("/tasks/{id}/milestones", other.id()).param("dueDate", "2030-01-01")
				.param("result", "x")
				.with(user(dept))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/zones/QJ-HTZ/tasks").with(user(dept)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.item.id == " + other.id() + ")]").isEmpty());
		assertThat(this.tasks.get(other.id(), HQ).status()).isEqualTo(TaskStatus.ASSIGNED);
		assertThat(this.tasks.get(other.id(), HQ).milestones()).hasSize(1);
		// enterprise users and chain leaders have no part in supervision
		for (String who : List.of(DemoAccounts.ENTERPRISE, DemoAccounts.CHAIN_LEADER)) {
			this.mvc.perform(get("/tasks/" + other.id()).with(user(principal(who)))).andExpect(status().isForbidden());
			this.mvc.perform(get("/api/v1/zones/QJ-HTZ/tasks").with(user(principal(who))))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void theApiRunsTheWorkflowAndAnswersProblemsAsProblemJson() throws Exception {
		GaoxinPrincipal hq = principal(DemoAccounts.HEADQUARTERS);
		GaoxinPrincipal dept = principal(DemoAccounts.DEPARTMENT);
		String created = this.mvc
			.perform(post("/api/v1/zones/QJ-HTZ/tasks").contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"接口事项\", \"leadDepartment\": \"KJJ\", \"deadline\": \"2099-01-01\"}")
				.with(user(hq)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("deadline"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(created).contains("taskDate");
		String body = this.mvc
			.perform(post("/api/v1/zones/QJ-HTZ/tasks").contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"接口事项\", \"leadDepartment\": \"KJJ\", \"deadline\": \""
						+ this.tasks.today().plusDays(20) + "\", \"milestones\": [{\"dueDate\": \""
						+ this.tasks.today().plusDays(5) + "\", \"result\": \"第一步\", \"targetValue\": 3}]}")
				.with(user(hq)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long id = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
		this.mvc
			.perform(post("/api/v1/zones/QJ-HTZ/tasks/{id}/actions", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\": \"VERIFY\"}")
				.with(user(dept)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/zones/QJ-HTZ/tasks/{id}/actions", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\": \"REQUEST_COMPLETION\"}")
				.with(user(dept)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(post("/api/v1/zones/QJ-HTZ/tasks/{id}/actions", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\": \"ACCEPT\"}")
				.with(user(dept)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.item.status").value("ACCEPTED"));
		this.mvc.perform(get("/api/v1/zones/QJ-HTZ/tasks/{id}", id).with(user(dept)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.timeline.length()").value(2));
	}

	@Test
	void anOverdueItemIsInHeadquartersListAndInTheDigestPageAndWorkbook() throws Exception {
		TaskItem late = this.tasks.create(DemoAccounts.QIANJIANG, new TaskDraft("逾期督查事项", null, "SWW", List.of(), "孙丽",
				this.tasks.today().minusDays(4), null, List.of(), List.of()), HQ);
		String list = page(get("/tasks").param("due", "OVERDUE"), DemoAccounts.HEADQUARTERS);
		assertThat(list).contains("data-task-id=\"" + late.id() + "\"", "逾期督查事项");
		String digest = page(get("/tasks/digest"), DemoAccounts.HEADQUARTERS);
		assertThat(digest.substring(digest.indexOf("id=\"digest-overdue\""))).contains("逾期督查事项", "孙丽");
		byte[] xlsx = this.mvc.perform(get("/tasks/digest.xlsx").with(user(principal(DemoAccounts.HEADQUARTERS))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet overdue = workbook.getSheet("逾期事项");
			List<String> rows = new ArrayList<>();
			for (Row row : overdue) {
				rows.add(row.getCell(0).getStringCellValue() + "|" + row.getCell(1).getStringCellValue() + "|"
						+ ((row.getCell(2) != null) ? row.getCell(2).getStringCellValue() : ""));
			}
			assertThat(rows).contains("逾期督查事项|区商务委|孙丽");
			assertThat(workbook.getSheet("本周变化").getLastRowNum()).isPositive();
		}
		// the department's digest holds its own items only
		String deptDigest = page(get("/tasks/digest"), DemoAccounts.DEPARTMENT);
		assertThat(deptDigest).doesNotContain("逾期督查事项");
	}

	@Test
	void headquartersChangesAnIndicatorsOwnerAndTheChangeIsAudited() throws Exception {
		this.mvc
			.perform(post("/tasks/owners").param("standard", "CQ-MUNICIPAL-HTZ")
				.param("indicator", "C02")
				.param("department", "TJJ")
				.with(user(principal(DemoAccounts.HEADQUARTERS)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/tasks/owners").param("standard", "CQ-MUNICIPAL-HTZ")
				.param("indicator", "C02")
				.param("department", "KJJ")
				.with(user(principal(DemoAccounts.DEPARTMENT)))
				.with(csrf()))
			.andExpect(status().isForbidden());
		String page = page(get("/tasks/organisation"), DemoAccounts.HEADQUARTERS);
		assertThat(page).contains("指挥长", "周明远", "demo-dept");
		this.mvc.perform(get("/api/v1/task-owners").with(user(principal(DemoAccounts.VIEWER))))
			.andExpect(jsonPath("$.C02.departmentCode").value("TJJ"));
	}

	private TaskItem anItemOf(String department) {
		return this.tasks.create(DemoAccounts.QIANJIANG,
				new TaskDraft("SWW".equals(department) ? "外资测试事项" : "科技测试事项", null, department, List.of(), null,
						this.tasks.today().plusDays(30), null, List.of(),
						List.of(new MilestoneDraft(this.tasks.today().plusDays(10), "节点", BigDecimal.TEN))),
				HQ);
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

	/** Headings, column heads, labels and buttons: the page's own words, no data. */
	static List<String> headings(String html) {
		String main = html.substring(html.indexOf("<main"), html.indexOf("</main>"));
		return Pattern.compile("<(th|h2|label|button)[^>]*>(.*?)</\\1>", Pattern.DOTALL)
			.matcher(main.replaceAll("<select.*?</select>", ""))
			.results()
			.map((match) -> match.group(2).replaceAll("<[^>]+>", "").strip())
			.filter((text) -> !text.isEmpty())
			.toList();
	}

}
