package org.gaoxin.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.SignedIn;
import org.gaoxin.support.TestTexts;
import org.gaoxin.support.DemoApplicationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A template's example row is a row a clerk can copy: every column holds a realistic
 * value in the template's language that the import takes as it stands. Every kind of
 * template, in Chinese and English: the template as downloaded imports nothing (the
 * example is ignored), and its example typed as a data row imports without an error. The
 * enterprise comes first, so the kinds that name it find it. Rolled back.
 */
@DemoApplicationTest
@Transactional
class TemplateExampleRowTest {

	/** In the order a clerk fills them: the enterprise before what names it. */
	private static final List<ImportKind> ORDER = List.of(ImportKind.ENTERPRISES, ImportKind.CERTIFICATES,
			ImportKind.TECH_SME_REGISTRATIONS, ImportKind.ANNUAL_REPORTS, ImportKind.PLATFORMS,
			ImportKind.ZONE_FIGURES);

	@Autowired
	Templates templates;

	@Autowired
	Imports imports;

	@Autowired
	UserDetailsService users;

	@ParameterizedTest
	@ValueSource(strings = { "zh-CN", "en" })
	void everyTemplatesExampleIsIgnoredAndWouldImportAsADataRow(String tag) throws IOException {
		Locale locale = Locale.forLanguageTag(tag);
		assertThat(EnumSet.copyOf(ORDER)).isEqualTo(EnumSet.allOf(ImportKind.class));
		for (ImportKind kind : ORDER) {
			byte[] template = this.templates.workbook(kind, locale, admin().scope());
			ImportStatus asDownloaded = run(kind, template);
			assertThat(asDownloaded.rowsRead()).as("%s: the example is not read", kind).isZero();
			assertThat(asDownloaded.created() + asDownloaded.replaced()).isZero();

			List<String> example = exampleRow(template);
			assertThat(example).as("%s: every column has an example", kind)
				.allSatisfy((value) -> assertThat(value).isNotBlank());
			if (tag.equals("en")) {
				assertThat(String.join(" ", example)).as("%s: the example speaks English", kind)
					.doesNotContainPattern("\\p{IsHan}");
			}
			ImportStatus copied = run(kind, withDataRow(template, example));
			assertThat(copied.errors()).as("%s: %s", kind, errors(copied)).isEmpty();
			assertThat(copied.problem()).as("%s: %s", kind, errors(copied)).isNull();
			assertThat(copied.rowsRead()).isEqualTo(1);
			assertThat(copied.state()).as("%s: %s", kind, errors(copied))
				.isIn(ImportState.DONE, ImportState.AWAITING_CONFIRMATION);
		}
	}

	/** The example row's values, the mark that makes it an example taken off. */
	private static List<String> exampleRow(byte[] template) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(TestFiles.stream(template))) {
			Sheet data = workbook.getSheetAt(0);
			int columns = data.getRow(0).getLastCellNum();
			Row example = data.getRow(1);
			List<String> values = new ArrayList<>();
			for (int c = 0; c < columns; c++) {
				Cell cell = example.getCell(c);
				values.add((cell != null) ? cell.getStringCellValue() : "");
			}
			String first = values.get(0);
			for (String mark : Set.of("【示例】", "[Example]")) {
				if (first.startsWith(mark)) {
					values.set(0, first.substring(mark.length()));
				}
			}
			assertThat(values.get(0)).isNotEqualTo(first);
			return values;
		}
	}

	/** The template with the example's values typed into the first data row. */
	private static byte[] withDataRow(byte[] template, List<String> values) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(TestFiles.stream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Row row = workbook.getSheetAt(0).createRow(2);
			for (int c = 0; c < values.size(); c++) {
				row.createCell(c).setCellValue(values.get(c));
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private ImportStatus run(ImportKind kind, byte[] content) {
		return SignedIn.as(admin(),
				() -> this.imports.run(kind, kind.slug() + ".xlsx", TestFiles.stream(content), admin()));
	}

	private static String errors(ImportStatus status) {
		return status.errors().stream().map((e) -> e.row() + " " + e.column() + " " + TestTexts.en(e.rule())).toList()
				+ " " + ((status.problem() != null) ? TestTexts.en(status.problem()) : "");
	}

	private GaoxinPrincipal admin() {
		return (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ADMIN);
	}

}
