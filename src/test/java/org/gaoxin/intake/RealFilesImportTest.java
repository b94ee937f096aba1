package org.gaoxin.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.EnterpriseSearch;
import org.gaoxin.enterprise.EnterpriseSort;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.filing.AnnualReport;
import org.gaoxin.filing.AnnualReports;
import org.gaoxin.filing.ReportField;
import org.gaoxin.shared.HighTechField;
import org.gaoxin.shared.export.TableExport;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.SignedIn;
import org.gaoxin.support.TestTexts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files as offices save them, written by LibreOffice (fixtures/README.md), not by the POI
 * the import reads with: numbers as Excel stores them, title rows and a cover sheet,
 * full-width brackets, merged headers, several data sheets, a credit code typed as a
 * number. And every export that has an import kind imports again unchanged, one edited
 * cell showing as exactly one change.
 */
@DemoApplicationTest
@Transactional
class RealFilesImportTest {

	static final String ZONE = "PS-IP";

	static final String CODE_A = "91500243MA60TKAB1T";

	static final String CODE_B = "91500243MA60TKAB2X";

	@Autowired
	Imports imports;

	@Autowired
	Exports exports;

	@Autowired
	Templates templates;

	@Autowired
	Enterprises enterprises;

	@Autowired
	AnnualReports reports;

	@Autowired
	UserDetailsService users;

	@Test
	void numbersAsExcelStoresThemAreReadAsTyped() throws IOException {
		registerTwo();
		ImportStatus status = run(ImportKind.ANNUAL_REPORTS, "excel-digits-reports.xlsx",
				fixture("excel-digits-reports.xlsx"));
		assertThat(status.state()).as(errors(status)).isEqualTo(ImportState.DONE);
		assertThat(status.created()).isEqualTo(2);
		AnnualReport stored = report(CODE_A, 2022);
		assertThat(stored.taxesPaid()).isEqualByComparingTo("19.99");
		assertThat(stored.energyConsumption()).isEqualByComparingTo("0.7");
		assertThat(stored.netProfit()).isEqualByComparingTo("120.5");
	}

	@Test
	void aCoverSheetTitleRowsAndFullWidthBracketsAreReadAsAnOfficeWritesThem() throws IOException {
		registerTwo();
		ImportStatus status = run(ImportKind.ANNUAL_REPORTS, "报表.xlsx", fixture("libreoffice-reports-title-rows.xlsx"));
		assertThat(status.state()).as(errors(status)).isEqualTo(ImportState.DONE);
		assertThat(status.sheet()).isEqualTo("年报数据");
		assertThat(status.headerRow()).isEqualTo(4);
		assertThat(status.notes()).extracting(TestTexts::zh)
			.anyMatch((note) -> note.contains("年报数据"))
			.anyMatch((note) -> note.contains("第 4 行"));
		assertThat(report(CODE_B, 2022).operatingRevenue()).isEqualByComparingTo("6000");
	}

	@Test
	void aHeaderMergedOverTwoRowsIsReadAsOne() throws IOException {
		ImportStatus status = run(ImportKind.ENTERPRISES, "名录.xlsx",
				fixture("libreoffice-registry-merged-header.xlsx"));
		assertThat(status.state()).as(errors(status)).isEqualTo(ImportState.DONE);
		assertThat(status.created()).isEqualTo(2);
		assertThat(status.notes()).extracting(TestTexts::en).anyMatch((note) -> note.contains("rows 1–2"));
		Enterprise a = enterprise(CODE_A);
		assertThat(a.techField()).isEqualTo(HighTechField.NEW_MATERIALS);
		assertThat(a.strategicEmerging()).isTrue();
	}

	@Test
	void severalSheetsWithARecognisedHeaderAreChosenByTheUploader() throws IOException {
		ImportStatus status = run(ImportKind.ENTERPRISES, "两张表.xlsx", fixture("libreoffice-two-registries.xlsx"));
		assertThat(status.state()).isEqualTo(ImportState.CHOOSING_SHEET);
		assertThat(status.sheets()).containsExactly("丝绸", "软件");
		ImportStatus chosen = SignedIn.as(admin(), () -> this.imports.chooseSheet(status.id(), "软件", admin()));
		assertThat(chosen.state()).as(errors(chosen)).isEqualTo(ImportState.DONE);
		assertThat(chosen.created()).isEqualTo(1);
		assertThat(this.enterprises.findByCreditCode(CODE_B, admin().scope())).isPresent();
		assertThat(this.enterprises.findByCreditCode(CODE_A, admin().scope())).isEmpty();
	}

	@Test
	void aCreditCodeTypedIntoAGeneralCellSaysWhyItIsWrong() throws IOException {
		ImportStatus status = run(ImportKind.ENTERPRISES, "代码.xlsx", fixture("libreoffice-code-as-number.xlsx"));
		assertThat(status.state()).isEqualTo(ImportState.FAILED);
		assertThat(status.errors()).singleElement().satisfies((e) -> {
			assertThat(e.column()).startsWith("A ");
			assertThat(TestTexts.en(e.rule())).contains("stored as a number", "Text");
			assertThat(TestTexts.zh(e.rule())).contains("文本");
		});
	}

	@Test
	void aConsistencyRuleIsShownAtTheFieldItNamesInTheReadersLanguage() {
		registerTwo();
		List<String> header = this.exports.headers(ImportKind.ANNUAL_REPORTS, Locale.SIMPLIFIED_CHINESE);
		List<Object> row = new ArrayList<>(List.of(CODE_A, 2022, "否"));
		for (ReportField field : ReportField.values()) {
			row.add(switch (field) {
				case OPERATING_REVENUE, PRODUCT_SALES_REVENUE, INDUSTRIAL_OUTPUT -> 1000;
				case TOTAL_ASSETS -> 100;
				case OWNERS_EQUITY -> 100;
				case EMPLOYEES -> 10;
				case RD_STAFF -> 12;
				default -> 0;
			});
		}
		ImportStatus status = run(ImportKind.ANNUAL_REPORTS, "r.xlsx", TableExport.xlsx("数据", header, List.of(row)));
		assertThat(status.state()).isEqualTo(ImportState.FAILED);
		int rdStaff = 3 + ReportField.RD_STAFF.ordinal();
		assertThat(status.errors()).singleElement().satisfies((e) -> {
			assertThat(e.columnIndex()).isEqualTo(rdStaff);
			assertThat(e.column()).isEqualTo(org.gaoxin.intake.internal.ParsedRow.letter(rdStaff) + " 研发人员(人)");
			assertThat(TestTexts.zh(e.rule())).isEqualTo("研发人员不能多于年末从业人员");
			assertThat(TestTexts.en(e.rule())).doesNotContainPattern("\\p{IsHan}");
		});
	}

	@Test
	void theRegistryExportImportsAgainUnchangedAndOneEditIsOneChange() {
		run(ImportKind.ENTERPRISES, "registry.xlsx", registry());
		EnterpriseSearch search = new EnterpriseSearch(null, ZONE, 2021, null, null, EnterpriseSort.NAME, false);
		Table exported = this.exports.enterprises(search, admin().scope(), Locale.SIMPLIFIED_CHINESE);
		assertThat(exported.rows()).hasSizeGreaterThan(50);
		ImportStatus same = run(ImportKind.ENTERPRISES, "enterprises.xlsx",
				TableExport.xlsx(exported.sheet(), exported.headers(), exported.rows()));
		assertThat(same.state()).as(errors(same)).isEqualTo(ImportState.DONE);
		assertThat(same.unchanged()).isEqualTo(exported.rows().size());
		assertThat(same.created() + same.replaced()).isZero();
		Table english = this.exports.enterprises(search, admin().scope(), Locale.ENGLISH);
		ImportStatus again = run(ImportKind.ENTERPRISES, "enterprises.csv",
				TableExport.csv(english.headers(), english.rows()));
		assertThat(again.unchanged()).as(errors(again)).isEqualTo(english.rows().size());

		List<List<Object>> edited = new ArrayList<>(exported.rows());
		List<Object> first = new ArrayList<>(edited.get(0));
		int industry = exported.headers().indexOf("行业");
		first.set(industry, "新的行业");
		edited.set(0, first);
		ImportStatus pending = run(ImportKind.ENTERPRISES, "edited.xlsx",
				TableExport.xlsx(exported.sheet(), exported.headers(), edited));
		assertThat(pending.state()).isEqualTo(ImportState.AWAITING_CONFIRMATION);
		assertThat(pending.changes()).singleElement().satisfies((c) -> {
			assertThat(c.field()).isEqualTo("industry");
			assertThat(c.newValue()).isEqualTo("新的行业");
		});
	}

	/**
	 * The demo zone's 2021 exports as headquarters downloaded them, opened and saved by
	 * LibreOffice Calc (number formats, frozen header and filter rewritten by another
	 * writer), and the reports once more with every number as Excel stores it: each
	 * imports again with every row unchanged, nothing created or replaced.
	 */
	@Test
	void exportsSavedByAnotherSpreadsheetProgramImportAgainUnchanged() throws IOException {
		EnterpriseSearch search = new EnterpriseSearch(null, "QJ-HTZ", 2021, null, null, EnterpriseSort.NAME, false);
		int registry = this.exports.enterprises(search, admin().scope(), Locale.SIMPLIFIED_CHINESE).rows().size();
		int filed = this.exports.reports("QJ-HTZ", 2021, admin().scope(), Locale.SIMPLIFIED_CHINESE).rows().size();
		assertThat(registry).isGreaterThan(400);
		assertThat(filed).isGreaterThan(400);
		assertUnchanged(ImportKind.ENTERPRISES, "libreoffice-export-enterprises.xlsx", registry);
		assertUnchanged(ImportKind.ANNUAL_REPORTS, "libreoffice-export-reports.xlsx", filed);
		assertUnchanged(ImportKind.ANNUAL_REPORTS, "excel-digits-export-reports.xlsx", filed);
		assertUnchanged(ImportKind.ZONE_FIGURES, "libreoffice-export-figures.xlsx", 1);
	}

	private void assertUnchanged(ImportKind kind, String fixture, int rows) throws IOException {
		ImportStatus status = run(kind, fixture, fixture(fixture));
		assertThat(status.state()).as(fixture + ": " + errors(status)).isEqualTo(ImportState.DONE);
		assertThat(status.unchanged()).as(fixture).isEqualTo(rows);
		assertThat(status.created() + status.replaced()).as(fixture).isZero();
	}

	@Test
	void theZoneFiguresExportImportsAgainUnchangedAndOneEditIsOneChange() {
		Table exported = this.exports.zoneFigures("QJ-HTZ", 2021, admin().scope(), Locale.SIMPLIFIED_CHINESE);
		ImportStatus same = run(ImportKind.ZONE_FIGURES, "figures.xlsx",
				TableExport.xlsx(exported.sheet(), exported.headers(), exported.rows()));
		assertThat(same.state()).as(errors(same)).isEqualTo(ImportState.DONE);
		assertThat(same.unchanged()).isEqualTo(1);
		List<Object> row = new ArrayList<>(exported.rows().get(0));
		int gdp = exported.headers()
			.indexOf(exported.headers()
				.stream()
				.filter((h) -> h.startsWith("园区生产总值") || h.startsWith("地区生产总值") || h.contains("GDP"))
				.findFirst()
				.orElse(exported.headers().get(2)));
		row.set(gdp, ((BigDecimal) row.get(gdp)).add(BigDecimal.ONE));
		ImportStatus pending = run(ImportKind.ZONE_FIGURES, "figures.xlsx",
				TableExport.xlsx(exported.sheet(), exported.headers(), List.of(row)));
		assertThat(pending.state()).isEqualTo(ImportState.AWAITING_CONFIRMATION);
		assertThat(pending.changes()).hasSize(1);
	}

	@Test
	void theTemplatesExampleRowIsIgnoredAndTheFilledRowImported() throws IOException {
		byte[] template = this.templates.workbook(ImportKind.ENTERPRISES, Locale.SIMPLIFIED_CHINESE, admin().scope());
		byte[] filled;
		try (XSSFWorkbook workbook = new XSSFWorkbook(TestFiles.stream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.getSheet("数据");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("【示例】");
			assertThat(sheet.getColumnStyle(0).getDataFormatString()).isEqualTo("@");
			Row row = sheet.createRow(2);
			List<String> values = List.of(CODE_A, "重庆彭水模板测试有限公司", ZONE, "软件和信息技术服务", "电子信息", "2018-05-20", "否", "否");
			for (int c = 0; c < values.size(); c++) {
				row.createCell(c).setCellValue(values.get(c));
			}
			workbook.write(out);
			filled = out.toByteArray();
		}
		ImportStatus status = run(ImportKind.ENTERPRISES, "模板.xlsx", filled);
		assertThat(status.state()).as(errors(status)).isEqualTo(ImportState.DONE);
		assertThat(status.created()).isEqualTo(1);
		assertThat(status.rowsRead()).isEqualTo(1);
	}

	@Test
	void theTemplateListsTheCodesTheFileMayUseWithTheirNames() throws IOException {
		byte[] template = this.templates.workbook(ImportKind.ENTERPRISES, Locale.SIMPLIFIED_CHINESE, admin().scope());
		try (XSSFWorkbook workbook = new XSSFWorkbook(TestFiles.stream(template))) {
			var codes = workbook.getSheet("代码表");
			List<String> cells = new ArrayList<>();
			codes.forEach((row) -> row.forEach((cell) -> cells.add(cell.getStringCellValue())));
			assertThat(cells).contains("QJ-HTZ", "QJ-SILK", "QJ-SILK-REEL", "缫丝", "PS-IP");
			assertThat(workbook.getSheet("说明").getRow(1).getCell(4).getStringCellValue()).isEqualTo("统一社会信用代码(18位)");
		}
	}

	@Test
	void everyPhaseHasItsProgressAndDoneMeansEveryPhaseFinished() {
		ImportStatus done = run(ImportKind.ENTERPRISES, "registry.xlsx", registry());
		assertThat(done.state()).isEqualTo(ImportState.DONE);
		assertThat(done.phases()).extracting(PhaseProgress::phase).containsExactly(ImportPhase.values());
		assertThat(done.phases()).allMatch(PhaseProgress::finished);
		assertThat(done.percent()).isEqualTo(100);
		ImportStatus failed = run(ImportKind.ENTERPRISES, "bad.csv",
				TestFiles.csv(List.of(List.of("统一社会信用代码"), List.of("x")), StandardCharsets.UTF_8));
		assertThat(failed.phases()).filteredOn(PhaseProgress::finished)
			.extracting(PhaseProgress::phase)
			.doesNotContain(ImportPhase.WRITE, ImportPhase.QUALITY);
	}

	// --- helpers

	private void registerTwo() {
		ImportStatus status = run(ImportKind.ENTERPRISES, "registry.xlsx", registry());
		assertThat(status.state()).as(errors(status)).isEqualTo(ImportState.DONE);
	}

	private static byte[] registry() {
		return TestFiles.xlsx(List.of(List.of("统一社会信用代码", "企业名称", "园区代码", "行业", "成立日期", "规上企业"),
				List.of(CODE_A, "重庆彭水测试丝绸有限公司", ZONE, "丝绢纺织及印染精加工", "2015-03-01", "否"),
				List.of(CODE_B, "重庆彭水测试软件有限公司", ZONE, "软件和信息技术服务", "2016-07-15", "否")));
	}

	private static byte[] fixture(String name) throws IOException {
		try (InputStream in = new ClassPathResource("fixtures/" + name).getInputStream()) {
			return in.readAllBytes();
		}
	}

	private Enterprise enterprise(String code) {
		return this.enterprises.findByCreditCode(code, admin().scope()).orElseThrow();
	}

	private AnnualReport report(String code, int year) {
		return this.reports.of(enterprise(code).id(), year, admin().scope()).orElseThrow();
	}

	private static String errors(ImportStatus status) {
		return status.errors().stream().map((e) -> e.row() + " " + e.column() + " " + TestTexts.en(e.rule())).toList()
				+ " " + ((status.problem() != null) ? TestTexts.en(status.problem()) : "");
	}

	private ImportStatus run(ImportKind kind, String name, byte[] content) {
		return SignedIn.as(admin(), () -> this.imports.run(kind, name, TestFiles.stream(content), admin()));
	}

	private GaoxinPrincipal admin() {
		return (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ADMIN);
	}

}
