package org.gaoxin.intake;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gaoxin.shared.HighTechField;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.audit.AuditEntry;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.filing.AnnualReport;
import org.gaoxin.filing.AnnualReports;
import org.gaoxin.enterprise.CreditCode;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.filing.ReportField;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.region.Regions;
import org.gaoxin.region.Zone;
import org.gaoxin.shared.export.TableExport;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.SignedIn;
import org.gaoxin.support.TestTexts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Imports of real files: all or nothing, every error located, hostile files refused, an
 * export re-imported to the same figures. Tests that write roll back; they use Pengshui's
 * industrial park and 2022 so the demo's Qianjiang 2018–2021 stays as it is.
 */
@DemoApplicationTest
@Transactional
class ImportTest {

	static final String ZONE = "PS-IP";

	static final String CODE_A = CreditCode.withCheckCharacter("91500243MA60TKAB1").value();

	static final String CODE_B = CreditCode.withCheckCharacter("91500243MA60TKAB2").value();

	@Autowired
	Imports imports;

	@Autowired
	Exports export;

	@Autowired
	Templates templates;

	@Autowired
	Enterprises enterprises;

	@Autowired
	AnnualReports reports;

	@Autowired
	AuditLog audit;

	@Autowired
	org.gaoxin.filing.ReportWorkflow workflow;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Regions regions;

	@Autowired
	org.gaoxin.region.ZoneDataVersions versions;

	@Test
	void aGbkCsvWithChineseHeadersRegistersEnterprises() {
		ImportStatus status = registry(
				StandardCharsets.UTF_8.equals(Charset.forName("GB18030")) ? null : Charset.forName("GBK"));
		assertThat(status.state()).isEqualTo(ImportState.DONE);
		assertThat(status.created()).isEqualTo(2);
		Enterprise a = enterprise(CODE_A);
		assertThat(a.name()).isEqualTo("重庆彭水测试丝绸有限公司");
		assertThat(a.industry()).isEqualTo("丝绢纺织及印染精加工");
		assertThat(a.techField()).isEqualTo(HighTechField.NEW_MATERIALS);
	}

	@Test
	void blankOptionalCellsKeepWhatARegisteredEnterpriseHas() {
		registry(StandardCharsets.UTF_8);
		List<List<Object>> again = List.of(List.of("统一社会信用代码", "企业名称", "园区代码", "行业", "技术领域", "成立日期", "规上企业", "战略性新兴产业"),
				List.of(CODE_A, "重庆彭水测试丝绸有限公司", ZONE, "丝绢纺织及印染精加工", "", "2015-03-01", "否", ""));
		ImportStatus status = run(ImportKind.ENTERPRISES, "again.csv", TestFiles.csv(again, StandardCharsets.UTF_8));
		assertThat(status.state()).as(status.errors().toString()).isEqualTo(ImportState.DONE);
		assertThat(status.unchanged()).isEqualTo(1);
		Enterprise a = enterprise(CODE_A);
		assertThat(a.techField()).isEqualTo(HighTechField.NEW_MATERIALS);
		assertThat(a.strategicEmerging()).isTrue();
	}

	@Test
	void anXlsxWithTorchCodesAsHeadersImportsReports() {
		registry(StandardCharsets.UTF_8);
		List<List<Object>> rows = new ArrayList<>();
		rows.add(torchHeader());
		rows.add(reportRow(CODE_A, "18000", "900"));
		rows.add(reportRow(CODE_B, "6000", "420"));
		long version = this.versions.current(ZONE);
		ImportStatus status = run(ImportKind.ANNUAL_REPORTS, "reports.xlsx", TestFiles.xlsx(rows));
		assertThat(status.state()).as(status.errors().toString()).isEqualTo(ImportState.DONE);
		assertThat(status.created()).isEqualTo(2);
		// the set-based write marks the zone's data version: kept results are computed
		// anew
		assertThat(this.versions.current(ZONE)).isGreaterThan(version);
		AnnualReport stored = report(CODE_A);
		assertThat(stored.operatingRevenue()).isEqualByComparingTo("18000");
		assertThat(stored.rdExpense()).isEqualByComparingTo("900");
		assertThat(stored.employees()).isEqualTo(80);
		assertThat(stored.status()).isEqualTo(ReportStatus.APPROVED);
		assertThat(status.quality()).singleElement().satisfies((check) -> {
			assertThat(check.zone()).isEqualTo(ZONE);
			assertThat(check.year()).isEqualTo(2022);
		});
		Enterprise a = enterprise(CODE_A);
		assertThat(this.audit.forRecord("enterprise_report", a.id() + "/2022")).singleElement().satisfies((line) -> {
			assertThat(line.action()).isEqualTo(org.gaoxin.audit.AuditAction.CREATE);
			assertThat(line.actor()).isEqualTo(DemoAccounts.ADMIN);
			assertThat(line.newValue()).startsWith("imported: import reports.xlsx");
		});
	}

	@Test
	void theBarTellsWhatThePhasesTellAndTheQualityCheckNamesTheZone() throws Exception {
		registry(StandardCharsets.UTF_8);
		ImportStatus done = run(ImportKind.ANNUAL_REPORTS, "reports.xlsx",
				TestFiles.xlsx(List.of(torchHeader(), reportRow(CODE_A, "18000", "900"))));
		assertThat(done.state()).isEqualTo(ImportState.DONE);
		assertThat(done.phases()).extracting(PhaseProgress::percent).containsOnly(100);
		Zone zone = this.regions.findZone(ZONE).orElseThrow();
		Document zh = page(done.id(), "zh_CN");
		assertThat(zh.select("#progress-bar").text()).isEqualTo("100%");
		assertThat(zh.select("#progress-bar").attr("style")).isEqualTo("width: 100%");
		assertThat(zh.select("#quality-checks li").text()).startsWith("数据质量检查(" + zone.nameZh() + " 2022年)")
			.doesNotContain(ZONE);
		assertThat(page(done.id(), "en").select("#quality-checks li").text())
			.startsWith("Data-quality check (" + zone.nameEn() + ", 2022)");

		String unregistered = CreditCode.withCheckCharacter("91500243MA60TKAB3").value();
		ImportStatus unknown = run(ImportKind.ANNUAL_REPORTS, "unknown.xlsx",
				TestFiles.xlsx(List.of(torchHeader(), reportRow(unregistered, "6000", "420"))));
		assertThat(unknown.state()).isEqualTo(ImportState.FAILED);
		// read and checked against the registry to the end, nothing written
		assertThat(unknown.phases()).extracting(PhaseProgress::percent).containsExactly(100, 100, 0, 0);
		assertThat(unknown.percent()).isEqualTo(60);
		assertThat(page(unknown.id(), "zh_CN").select("#progress-bar").text()).isEqualTo("60%");
		ImportStatus unreadable = run(ImportKind.ANNUAL_REPORTS, "bad.xlsx",
				TestFiles.xlsx(List.of(torchHeader(), reportRow(CODE_B, "6000", "7000"))));
		// a row breaking a rule is found while reading: nothing is checked further
		assertThat(unreadable.phases()).extracting(PhaseProgress::percent).containsExactly(100, 0, 0, 0);
		assertThat(unreadable.percent()).isEqualTo(40);
	}

	@Test
	void aBadRowOnTheLastLineChangesNothingAndIsLocatedExactly() {
		registry(StandardCharsets.UTF_8);
		long before = count();
		List<List<Object>> rows = new ArrayList<>();
		rows.add(torchHeader());
		rows.add(reportRow(CODE_A, "18000", "900"));
		rows.add(reportRow(CODE_B, "6000", "7000"));
		ImportStatus status = run(ImportKind.ANNUAL_REPORTS, "reports.xlsx", TestFiles.xlsx(rows));
		assertThat(status.state()).isEqualTo(ImportState.FAILED);
		assertThat(status.errors()).singleElement().satisfies((error) -> {
			assertThat(error.sheet()).isEqualTo("数据");
			assertThat(error.row()).isEqualTo(3);
			assertThat(error.column()).startsWith(letterOf("qc236"));
			assertThat(error.value()).isEqualTo("7000");
			assertThat(TestTexts.en(error.rule())).isEqualTo("R&D expense cannot exceed operating revenue");
			assertThat(TestTexts.zh(error.rule())).isEqualTo("研究开发费用不能超过营业收入");
		});
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void everyErrorOfAFileIsReportedAtOnceWithAWorkbookMarkingThem() throws Exception {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(torchHeader());
		List<Object> bad = reportRow("91500243MA60TKAB19", "18000", "900");
		bad.set(torchHeader().indexOf("qc05_0"), "abc");
		rows.add(bad);
		ImportStatus status = run(ImportKind.ANNUAL_REPORTS, "bad.xlsx", TestFiles.xlsx(rows));
		assertThat(status.state()).isEqualTo(ImportState.FAILED);
		assertThat(status.errors()).extracting((e) -> TestTexts.en(e.rule()))
			.anyMatch((rule) -> rule.contains("check character"))
			.anyMatch((rule) -> rule.contains("must be a number"));
		byte[] workbook = this.imports.errorWorkbook(status.id(), hq(), java.util.Locale.ENGLISH);
		try (XSSFWorkbook marked = new XSSFWorkbook(TestFiles.stream(workbook))) {
			assertThat(marked.getSheetAt(1).getRow(1).getCell(4).getStringCellValue()).contains("check character");
			assertThat(marked.getSheetAt(0).getRow(1).getCell(0).getCellStyle().getFillForegroundColor()).isNotZero();
		}
	}

	@Test
	void anExportReimportsToTheSameFiguresAndAChangeWaitsForConfirmation() {
		Table exported = this.export.reports(ZONE, 2021, hq().scope(), java.util.Locale.SIMPLIFIED_CHINESE);
		List<String> headers = exported.headers();
		List<List<Object>> rows = exported.rows();
		assertThat(rows).hasSizeGreaterThan(50);
		ImportStatus same = run(ImportKind.ANNUAL_REPORTS, "export.xlsx", TableExport.xlsx("数据", headers, rows));
		assertThat(same.state()).as(same.errors().toString()).isEqualTo(ImportState.DONE);
		assertThat(same.unchanged()).isEqualTo(rows.size());
		assertThat(same.created() + same.replaced()).isZero();
		ImportStatus csv = run(ImportKind.ANNUAL_REPORTS, "export.csv", TableExport.csv(headers, rows));
		assertThat(csv.unchanged()).isEqualTo(rows.size());

		String code = (String) rows.get(0).get(0);
		int employees = headers.indexOf("年末从业人员(人)");
		List<Object> changed = new ArrayList<>(rows.get(0));
		Object old = changed.get(employees);
		changed.set(employees, ((Number) old).intValue() + 5);
		List<List<Object>> edited = new ArrayList<>(rows);
		edited.set(0, changed);
		ImportStatus pending = run(ImportKind.ANNUAL_REPORTS, "edited.xlsx", TableExport.xlsx("数据", headers, edited));
		assertThat(pending.state()).isEqualTo(ImportState.AWAITING_CONFIRMATION);
		assertThat(pending.changes()).filteredOn((c) -> !c.field().equals("status")).singleElement().satisfies((c) -> {
			assertThat(c.field()).isEqualTo("qd01");
			assertThat(c.oldValue()).isEqualTo(old.toString());
		});
		ImportStatus done = SignedIn.as(hq(), () -> this.imports.confirm(pending.id(), hq()));
		assertThat(done.state()).isEqualTo(ImportState.DONE);
		assertThat(report(code).employees()).isEqualTo(((Number) old).intValue() + 5);
		Enterprise enterprise = enterprise(code);
		assertThat(this.audit.forRecord("enterprise_report", enterprise.id() + "/2021")).extracting(AuditEntry::field)
			.contains("qd01");
		// the change to approved figures is reopened, not approved by the importer: a
		// second reviewer approves it (gaoxin.review.four-eyes)
		assertThat(this.workflow.history(enterprise.id(), 2021, hq().scope())).extracting((r) -> r.action().name())
			.containsExactly("REOPEN");
		assertThat(report(code).status()).isEqualTo(ReportStatus.SUBMITTED);
		GaoxinPrincipal second = new GaoxinPrincipal("second-reviewer", null, "复核人", true,
				org.gaoxin.account.DataScope.everything(org.gaoxin.account.Role.HEADQUARTERS));
		SignedIn.as(second, () -> {
			this.workflow.approve(enterprise.id(), 2021, null, second.scope());
			return null;
		});
		assertThat(this.workflow.history(enterprise.id(), 2021, hq().scope())).extracting((r) -> r.action().name())
			.containsExactly("REOPEN", "APPROVE");
	}

	@Test
	void aStaffImportOverAnApprovedReportAwaitsAnotherReviewersApproval() {
		Table exported = this.export.reports(ZONE, 2021, hq().scope(), java.util.Locale.SIMPLIFIED_CHINESE);
		List<String> headers = exported.headers();
		List<Object> changed = new ArrayList<>(exported.rows().get(0));
		int employees = headers.indexOf("年末从业人员(人)");
		changed.set(employees, ((Number) changed.get(employees)).intValue() + 3);
		ImportStatus pending = run(ImportKind.ANNUAL_REPORTS, "edited.xlsx",
				TableExport.xlsx("数据", headers, List.of(changed)));
		assertThat(pending.changes()).filteredOn((c) -> c.field().equals("status"))
			.singleElement()
			.satisfies((c) -> assertThat(List.of(c.oldValue(), c.newValue())).containsExactly("APPROVED", "SUBMITTED"));
		SignedIn.as(admin(), () -> this.imports.confirm(pending.id(), admin()));
		Enterprise enterprise = enterprise((String) changed.get(0));
		assertThatThrownBy(() -> SignedIn.as(admin(), () -> {
			this.workflow.approve(enterprise.id(), 2021, null, admin().scope());
			return null;
		})).as("the importer approves their own change")
			.isInstanceOf(org.gaoxin.filing.SecondReviewerRequiredException.class);
		assertThat(report((String) changed.get(0)).status()).isEqualTo(ReportStatus.SUBMITTED);
	}

	@Test
	void anAbsurdNumberIsARowErrorNotAHang() {
		registry(StandardCharsets.UTF_8);
		List<Object> row = reportRow(CODE_A, "18000", "900");
		row.set(torchHeader().indexOf("qc02"), "1E+400000000");
		ImportStatus status = run(ImportKind.ANNUAL_REPORTS, "huge.csv",
				TestFiles.csv(List.of(torchHeader(), row), StandardCharsets.UTF_8));
		assertThat(status.state()).isEqualTo(ImportState.FAILED);
		assertThat(status.errors()).singleElement()
			.satisfies((e) -> assertThat(TestTexts.en(e.rule())).startsWith("out of range"));
	}

	@Test
	void aForgedCellReferenceIsRefused() {
		byte[] forged = TestFiles
			.replacePart(TestFiles.xlsx(List.of(List.of("a"))), "xl/worksheets/sheet1.xml", (out) -> out
				.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
						+ "<row r=\"1\"><c r=\"ZZZZZZ1\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>")
					.getBytes()));
		ImportStatus status = run(ImportKind.ANNUAL_REPORTS, "forged.xlsx", forged);
		assertThat(status.state()).isEqualTo(ImportState.REFUSED);
		assertThat(TestTexts.en(status.problem())).contains("16,384 columns");
	}

	@Test
	void aConfirmationIsCheckedAgainstTheDataAsItIsNow() {
		Table exported = this.export.reports(ZONE, 2021, hq().scope(), java.util.Locale.SIMPLIFIED_CHINESE);
		List<String> headers = exported.headers();
		List<List<Object>> rows = exported.rows();
		int employees = headers.indexOf("年末从业人员(人)");
		List<Object> changed = new ArrayList<>(rows.get(0));
		changed.set(employees, ((Number) changed.get(employees)).intValue() + 5);
		ImportStatus pending = run(ImportKind.ANNUAL_REPORTS, "edited.xlsx",
				TableExport.xlsx("数据", headers, List.of(changed)));
		assertThat(pending.state()).isEqualTo(ImportState.AWAITING_CONFIRMATION);
		Enterprise enterprise = enterprise((String) changed.get(0));
		this.jdbc.sql(
				"UPDATE enterprise_report SET employees = employees + 1 WHERE enterprise_id = :id AND report_year = 2021")
			.param("id", enterprise.id())
			.update();
		// raw SQL bypasses the services: mark every zone's data as changed, as they do
		this.jdbc.sql("UPDATE zone_data_version SET version = version + 1").update();
		ImportStatus confirmed = SignedIn.as(hq(), () -> this.imports.confirm(pending.id(), hq()));
		assertThat(confirmed.state()).isEqualTo(ImportState.REFUSED);
		assertThat(TestTexts.en(confirmed.problem())).contains("changed after the check");
	}

	@Test
	void staffImportOfASubmittedReportsSameFiguresApprovesIt() {
		Table exported = this.export.reports(ZONE, 2021, hq().scope(), java.util.Locale.SIMPLIFIED_CHINESE);
		List<String> headers = exported.headers();
		List<List<Object>> rows = exported.rows();
		Enterprise enterprise = enterprise((String) rows.get(0).get(0));
		this.jdbc
			.sql("UPDATE enterprise_report SET status = 'SUBMITTED' WHERE enterprise_id = :id AND report_year = 2021")
			.param("id", enterprise.id())
			.update();
		this.jdbc.sql("UPDATE zone_data_version SET version = version + 1").update();
		ImportStatus status = run(ImportKind.ANNUAL_REPORTS, "same.xlsx",
				TableExport.xlsx("数据", headers, List.of(rows.get(0))));
		assertThat(status.state()).isEqualTo(ImportState.AWAITING_CONFIRMATION);
		assertThat(status.changes()).singleElement().satisfies((c) -> {
			assertThat(c.field()).isEqualTo("status");
			assertThat(c.newValue()).isEqualTo("APPROVED");
		});
	}

	@Test
	void aZipBombIsRefused() {
		byte[] bomb = TestFiles.replacePart(TestFiles.xlsx(List.of(List.of("a"))), "xl/worksheets/sheet1.xml",
				(out) -> {
					out.write(
							"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
								.getBytes());
					byte[] spaces = new byte[1 << 20];
					java.util.Arrays.fill(spaces, (byte) ' ');
					for (int i = 0; i < 120; i++) {
						out.write(spaces);
					}
					out.write("</sheetData></worksheet>".getBytes());
				});
		assertThat(bomb.length).isLessThan(2_000_000);
		ImportStatus status = run(ImportKind.ANNUAL_REPORTS, "bomb.xlsx", bomb);
		assertThat(status.state()).isEqualTo(ImportState.REFUSED);
		assertThat(TestTexts.en(status.problem())).contains("zip bomb");
	}

	@Test
	void externalEntitiesAreRefused() {
		byte[] xxe = TestFiles.replacePart(TestFiles.xlsx(List.of(List.of("a"))), "xl/worksheets/sheet1.xml",
				(out) -> out.write(("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
						+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
						+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>")
					.getBytes()));
		ImportStatus status = run(ImportKind.ANNUAL_REPORTS, "xxe.xlsx", xxe);
		assertThat(status.state()).isEqualTo(ImportState.REFUSED);
		assertThat(TestTexts.en(status.problem())).contains("external entities");
	}

	@Test
	void formulasAreRefusedInWorkbooksAndCsv() {
		ImportStatus xlsx = run(ImportKind.ANNUAL_REPORTS, "f.xlsx",
				TestFiles.xlsx(List.of(List.of("qc02"), List.of(new TestFiles.Formula("1+1")))));
		assertThat(xlsx.state()).isEqualTo(ImportState.REFUSED);
		assertThat(TestTexts.en(xlsx.problem())).contains("formulas are not accepted", "row 2");
		List<Object> header = List.of("统一社会信用代码", "企业名称", "园区代码", "行业", "成立日期", "规上企业");
		ImportStatus csv = run(ImportKind.ENTERPRISES, "f.csv",
				TestFiles.csv(
						List.of(header, List.of(CODE_A, "=HYPERLINK(\"http://evil\")", ZONE, "x", "2015-03-01", "否"),
								List.of(CODE_B, "+1+cmd|' /C calc'!A0", ZONE, "x", "2015-03-01", "否")),
						StandardCharsets.UTF_8));
		assertThat(csv.state()).isEqualTo(ImportState.FAILED);
		assertThat(csv.errors()).hasSize(2)
			.allSatisfy((e) -> assertThat(TestTexts.en(e.rule())).contains("would run it as a formula"));
	}

	@Test
	void filesThatAreNotWhatTheirNameSaysAreRefused() {
		assertThat(TestTexts.en(run(ImportKind.ENTERPRISES, "x.xlsx", "credit_code\n".getBytes()).problem()))
			.contains("not an Excel workbook");
		assertThat(TestTexts.en(run(ImportKind.ENTERPRISES, "x.csv", TestFiles.xlsx(List.of(List.of("a")))).problem()))
			.contains("is a zip archive");
		assertThat(TestTexts.en(run(ImportKind.ENTERPRISES, "x.exe", "MZ".getBytes()).problem()))
			.contains("only .xlsx and .csv");
	}

	@Test
	void unknownAndMissingColumnsAreNamed() {
		ImportStatus status = run(ImportKind.ENTERPRISES, "x.csv", TestFiles
			.csv(List.of(List.of("统一社会信用代码", "企业名称", "颜色"), List.of(CODE_A, "某公司", "红")), StandardCharsets.UTF_8));
		assertThat(status.state()).isEqualTo(ImportState.FAILED);
		assertThat(status.errors()).extracting((e) -> TestTexts.en(e.rule()))
			.anyMatch((r) -> r.startsWith("unknown column"))
			.anyMatch((r) -> r.contains("missing required column: Zone code"));
	}

	@Test
	void aHeaderInAnotherUnitIsRefusedNotConverted() {
		registry(StandardCharsets.UTF_8);
		List<Object> header = torchHeader();
		header.set(header.indexOf("qc05_0"), "营业收入(万元)");
		ImportStatus status = run(ImportKind.ANNUAL_REPORTS, "wan.xlsx",
				TestFiles.xlsx(List.of(header, reportRow(CODE_A, "18000", "900"))));
		assertThat(status.state()).isEqualTo(ImportState.FAILED);
		assertThat(status.errors()).anySatisfy((e) -> {
			assertThat(e.value()).isEqualTo("营业收入(万元)");
			assertThat(TestTexts.en(e.rule())).contains("wrong unit", "thousand yuan");
		});
		header.set(header.indexOf("营业收入(万元)"), "营业收入(千元)");
		assertThat(run(ImportKind.ANNUAL_REPORTS, "qian.xlsx",
				TestFiles.xlsx(List.of(header, reportRow(CODE_A, "18000", "900"))))
			.state()).isEqualTo(ImportState.DONE);
	}

	@Test
	void importersStayInTheirScope() {
		registry(StandardCharsets.UTF_8);
		GaoxinPrincipal enterprise = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ENTERPRISE);
		List<List<Object>> rows = List.of(torchHeader(), reportRow(CODE_A, "18000", "900"));
		ImportStatus status = this.imports.run(ImportKind.ANNUAL_REPORTS, "mine.xlsx",
				TestFiles.stream(TestFiles.xlsx(rows)), enterprise);
		assertThat(status.state()).isEqualTo(ImportState.FAILED);
		assertThat(status.errors()).singleElement()
			.satisfies((e) -> assertThat(TestTexts.en(e.rule()))
				.isEqualTo("no enterprise with this code in your data scope (not registered, or not yours)"));
		GaoxinPrincipal viewer = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.VIEWER);
		assertThatThrownBy(
				() -> this.imports.run(ImportKind.ENTERPRISES, "x.csv", TestFiles.stream(new byte[1]), viewer))
			.isInstanceOf(AccessDeniedException.class);
		GaoxinPrincipal qianjiangHq = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.HEADQUARTERS);
		ImportStatus otherZone = this.imports.run(ImportKind.ANNUAL_REPORTS, "r.xlsx",
				TestFiles.stream(TestFiles.xlsx(rows)), qianjiangHq);
		assertThat(otherZone.state()).as("Qianjiang's headquarters cannot import Pengshui's figures")
			.isEqualTo(ImportState.FAILED);
		assertThat(run(ImportKind.ANNUAL_REPORTS, "r.xlsx", TestFiles.xlsx(rows)).state()).as("the administrator can")
			.isEqualTo(ImportState.DONE);
	}

	@Test
	void aTemplateNamesEveryColumnWithNotesAndDropDowns() throws Exception {
		byte[] template = this.templates.workbook(ImportKind.ANNUAL_REPORTS, java.util.Locale.SIMPLIFIED_CHINESE,
				hq().scope());
		try (XSSFWorkbook workbook = new XSSFWorkbook(TestFiles.stream(template))) {
			var header = workbook.getSheet("数据").getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码");
			assertThat(header.getCell(3).getStringCellValue()).isEqualTo("工业总产值(千元)");
			assertThat(header.getCell(3).getCellComment().getString().getString()).contains("qc02", "千元",
					"Industrial output");
			assertThat(workbook.getSheet("数据").getDataValidations()).isNotEmpty();
			assertThat(workbook.getSheet("说明").getPhysicalNumberOfRows()).isGreaterThan(30);
		}
		byte[] english = this.templates.workbook(ImportKind.ANNUAL_REPORTS, java.util.Locale.ENGLISH, hq().scope());
		try (XSSFWorkbook workbook = new XSSFWorkbook(TestFiles.stream(english))) {
			var header = workbook.getSheet("Data").getRow(0);
			assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Industrial output (thousand yuan)");
			assertThat(header.getCell(3).getCellComment().getString().getString()).contains("qc02", "thousand yuan",
					"number", "工业总产值");
		}
	}

	// --- helpers

	private ImportStatus registry(Charset charset) {
		Charset used = (charset != null) ? charset : Charset.forName("GBK");
		List<List<Object>> rows = List.of(List.of("统一社会信用代码", "企业名称", "园区代码", "行业", "技术领域", "成立日期", "规上企业", "战略性新兴产业"),
				List.of(CODE_A, "重庆彭水测试丝绸有限公司", ZONE, "丝绢纺织及印染精加工", "新材料", "2015-03-01", "否", "是"),
				List.of(CODE_B, "重庆彭水测试软件有限公司", ZONE, "软件和信息技术服务", "电子信息", "2016/7/15", "否", "否"));
		return run(ImportKind.ENTERPRISES, "registry.csv", TestFiles.csv(rows, used));
	}

	private static List<Object> torchHeader() {
		List<Object> header = new ArrayList<>(List.of("credit_code", "year", "above_designated_size"));
		for (ReportField field : ReportField.values()) {
			header.add(field.code());
		}
		return header;
	}

	private static String letterOf(String code) {
		int index = torchHeader().indexOf(code);
		return org.gaoxin.intake.internal.ParsedRow.letter(index);
	}

	private static List<Object> reportRow(String code, String revenue, String rd) {
		List<Object> row = new ArrayList<>(List.of(code, 2022, "否"));
		BigDecimal r = new BigDecimal(revenue);
		for (ReportField field : ReportField.values()) {
			row.add(switch (field) {
				case OPERATING_REVENUE -> revenue;
				case INDUSTRIAL_OUTPUT, PRODUCT_SALES_REVENUE -> r.multiply(new BigDecimal("0.9")).toPlainString();
				case HIGH_TECH_REVENUE -> r.multiply(new BigDecimal("0.5")).toPlainString();
				case RD_EXPENSE -> rd;
				case RD_EXPENSE_DOMESTIC -> new BigDecimal(rd).min(r).toPlainString();
				case TOTAL_COSTS -> r.multiply(new BigDecimal("0.85")).toPlainString();
				case TOTAL_ASSETS -> "20000";
				case LIABILITIES -> "8000";
				case OWNERS_EQUITY -> "12000";
				case EMPLOYEES -> 80;
				case ST_STAFF -> 12;
				case RD_STAFF -> 8;
				default -> 0;
			});
		}
		return row;
	}

	private AnnualReport report(String code) {
		Enterprise enterprise = enterprise(code);
		return this.jdbc.sql("SELECT MAX(report_year) FROM enterprise_report WHERE enterprise_id = :id")
			.param("id", enterprise.id())
			.query(Integer.class)
			.optional()
			.flatMap((year) -> this.reports.of(enterprise.id(), year,
					org.gaoxin.account.DataScope.everything(org.gaoxin.account.Role.ADMIN)))
			.orElseThrow();
	}

	private Enterprise enterprise(String code) {
		return this.enterprises.findByCreditCode(code, admin().scope()).orElseThrow();
	}

	private long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM enterprise_report").query(Long.class).single();
	}

	private Document page(java.util.UUID id, String lang) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/imports/{id}", id).param("lang", lang).with(user(admin())))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private ImportStatus run(ImportKind kind, String name, byte[] content) {
		return SignedIn.as(admin(), () -> this.imports.run(kind, name, TestFiles.stream(content), admin()));
	}

	private GaoxinPrincipal admin() {
		return (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ADMIN);
	}

	private GaoxinPrincipal hq() {
		return admin();
	}

}
