package org.gaoxin.task;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.gaoxin.support.Chromium;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The supervision workflow in a real Chromium at 1366×768 with the demo's users:
 * headquarters assigns an item to the science bureau, the bureau accepts it and reports
 * on its milestone with a file, asks for completion, headquarters verifies it and strikes
 * it off; then the wall chart and the digest in both languages. Screenshots go to
 * target/screenshots. Skipped without Chromium on a developer machine, failing in CI.
 */
@DemoApplicationTest
class TaskBrowserTest {

	static Chromium chromium;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Tasks tasks;

	@BeforeAll
	static void launch() {
		chromium = Chromium.launch();
		browser = chromium.browser();
	}

	@AfterAll
	static void close() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void assignAcceptReportVerifyAndStrikeOff() {
		LocalDate today = this.tasks.today();
		String itemUrl;
		try (Page hq = newPage()) {
			Chromium.signIn(hq, this.port, DemoAccounts.HEADQUARTERS);
			hq.navigate(url("/tasks/new?zone=QJ-HTZ&lang=zh_CN"));
			hq.locator("#task-title").fill("浏览器督办：孵化器新增入驻企业");
			hq.locator("#task-deadline").fill(today.plusDays(30).toString());
			hq.locator("#task-lead").selectOption("KJJ");
			hq.locator("#task-cooperators").selectOption("CZJ");
			hq.locator("#task-person").fill("王磊");
			hq.locator("input[name='milestones[0].dueDate']").fill(today.plusDays(10).toString());
			hq.locator("input[name='milestones[0].result']").fill("新增入驻企业（家）");
			hq.locator("input[name='milestones[0].targetValue']").fill("10");
			Chromium.screenshot(hq, "task-new-zh.png");
			hq.locator("#task-save").click();
			assertThat(hq.locator("#item-title")).hasText("浏览器督办：孵化器新增入驻企业");
			assertThat(hq.locator("h1 .badge").first()).hasText("已交办");
			assertThat(hq.locator("#task-actions")).containsText("取消事项");
			itemUrl = hq.url().replaceAll("\\?.*", "");
		}
		try (Page dept = newPage()) {
			Chromium.signIn(dept, this.port, DemoAccounts.DEPARTMENT);
			dept.navigate(itemUrl + "?lang=zh_CN");
			dept.locator("#do-ACCEPT").click();
			assertThat(dept.locator("h1 .badge").first()).hasText("已签收");
			dept.locator("#report-figure").fill("12");
			dept.locator("#comment-REPORT").fill("已新增入驻企业12家，超额完成");
			dept.locator("#file-REPORT")
				.setInputFiles(new FilePayload("入驻协议.pdf", "application/pdf",
						"%PDF-1.4 agreements".getBytes(StandardCharsets.US_ASCII)));
			dept.locator("#do-REPORT").click();
			assertThat(dept.locator("h1 .badge").first()).hasText("推进中");
			assertThat(dept.locator("#attachments")).containsText("入驻协议.pdf");
			assertThat(dept.locator("#milestone-table tbody tr").first()).containsText("12");
			dept.locator("#do-REQUEST_COMPLETION").click();
			assertThat(dept.locator("h1 .badge").first()).hasText("申请销号");
			assertThat(dept.locator("#task-actions")).hasCount(0);
			Chromium.screenshot(dept, "task-item-dept-zh.png");
		}
		try (Page hq = newPage()) {
			Chromium.signIn(hq, this.port, DemoAccounts.HEADQUARTERS);
			hq.navigate(itemUrl + "?lang=zh_CN");
			hq.locator("#comment-VERIFY").fill("入驻协议已核实");
			hq.locator("#do-VERIFY").click();
			assertThat(hq.locator("h1 .badge").first()).hasText("已审核");
			hq.locator("#do-STRIKE_OFF").click();
			assertThat(hq.locator("h1 .badge").first()).hasText("已销号");
			assertThat(hq.locator("#timeline li")).hasCount(6);
			assertThat(hq.locator("#timeline")).containsText("销号");
			Chromium.screenshot(hq, "task-item-zh.png");
			hq.locator("#switch-language").click();
			assertThat(hq.locator("h1 .badge").first()).hasText("Struck off");
			Chromium.screenshot(hq, "task-item-en.png");
		}
	}

	@Test
	void headquartersReadsTheWallChartTheListAndTheDigestInBothLanguages() {
		try (Page page = newPage()) {
			Chromium.signIn(page, this.port, DemoAccounts.HEADQUARTERS);
			page.navigate(url("/tasks/wall?zone=QJ-HTZ&lang=zh_CN"));
			assertThat(page.locator("#chart-gantt canvas")).hasCount(1);
			assertThat(page.locator("#chart-departments canvas")).hasCount(1);
			assertThat(page.locator("#overdue-table")).containsText("高新技术企业数");
			Chromium.screenshot(page, "task-wall-zh.png");
			page.locator("#switch-language").click();
			assertThat(page.locator("#chart-gantt canvas")).hasCount(1);
			assertThat(page.locator("h1")).containsText("Wall chart");
			Chromium.screenshot(page, "task-wall-en.png");
			page.navigate(url("/tasks?zone=QJ-HTZ&lang=zh_CN"));
			assertThat(page.locator("#task-table")).containsText("实际利用外资");
			Chromium.screenshot(page, "task-list-zh.png");
			page.navigate(url("/tasks?zone=QJ-HTZ&lang=en"));
			Chromium.screenshot(page, "task-list-en.png");
			page.navigate(url("/tasks/digest?zone=QJ-HTZ&lang=zh_CN"));
			assertThat(page.locator("#digest-overdue")).isVisible();
			Chromium.screenshot(page, "task-digest-zh.png");
			page.navigate(url("/tasks/digest?zone=QJ-HTZ&lang=en"));
			Chromium.screenshot(page, "task-digest-en.png");
			page.navigate(url("/tasks/organisation?zone=QJ-HTZ&lang=zh_CN"));
			assertThat(page.locator("#owner-C05 select")).hasValue("SWW");
			Chromium.screenshot(page, "task-organisation-zh.png");
			page.navigate(url("/tasks/organisation?zone=QJ-HTZ&lang=en"));
			Chromium.screenshot(page, "task-organisation-en.png");
		}
	}

	private Page newPage() {
		return browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 768));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
