package org.gaoxin.shared.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports never hand a recipient's spreadsheet a formula to run; numbers stay numbers.
 */
class TableExportTest {

	private static final List<String> HEADERS = List.of("名称", "数值");

	private static final List<List<Object>> ROWS = List.of(
			Arrays.asList("=HYPERLINK(\"http://evil\")", new BigDecimal("-120.5")), Arrays.asList("@SUM(A1)", 3),
			Arrays.asList("+1", null), Arrays.asList("-cmd", true), Arrays.asList("a,b", false));

	@Test
	void csvNeutralisesFormulasAndQuotesWhatNeedsIt() {
		String csv = new String(TableExport.csv(HEADERS, ROWS), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF名称,数值");
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\",-120.5", "'@SUM(A1),3", "'+1,", "'-cmd,✔",
				"\"a,b\",✘");
	}

	@Test
	void xlsxWritesTextAsTextAndNumbersAsNumbers() throws Exception {
		byte[] bytes = TableExport.xlsx("表", HEADERS, ROWS);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
			var sheet = workbook.getSheet("表");
			assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\")");
			assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(-120.5);
			assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("✔");
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B6");
			assertThat(sheet.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
		}
	}

}
