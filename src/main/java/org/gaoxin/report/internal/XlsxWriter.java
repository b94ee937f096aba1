package org.gaoxin.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gaoxin.report.internal.ReportDocument.Table;

import org.springframework.stereotype.Component;

/**
 * Every table of a report as a sheet of one workbook: the caption in the first row, the
 * header in the second; numbers as numbers so they can be summed and charted.
 */
@Component
public class XlsxWriter {

	public byte[] write(ReportDocument report) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Set<String> names = new HashSet<>();
			for (Table table : report.tables()) {
				Sheet sheet = workbook.createSheet(unique(names, table.sheet()));
				Row caption = sheet.createRow(0);
				Cell title = caption.createCell(0);
				title.setCellValue(table.caption());
				title.setCellStyle(bold);
				Row header = sheet.createRow(1);
				for (int c = 0; c < table.headers().size(); c++) {
					Cell cell = header.createCell(c);
					cell.setCellValue(table.headers().get(c));
					cell.setCellStyle(bold);
				}
				int r = 2;
				for (List<String> values : table.rows()) {
					Row row = sheet.createRow(r++);
					for (int c = 0; c < values.size(); c++) {
						write(row.createCell(c), values.get(c), c < table.numeric().size() && table.numeric().get(c));
					}
				}
				for (int c = 0; c < table.headers().size(); c++) {
					sheet.setColumnWidth(c, Math.min(60, Math.max(10, longest(table, c) * 2 + 2)) * 256);
				}
				sheet.createFreezePane(0, 2);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Cell cell, String text, boolean numeric) {
		if (text == null) {
			return;
		}
		BigDecimal number = numeric ? number(text) : null;
		if (number != null) {
			cell.setCellValue(number.doubleValue());
		}
		else {
			cell.setCellValue(text);
		}
	}

	/**
	 * The number a numeric column's text shows (thousands separators allowed), else null.
	 */
	static BigDecimal number(String text) {
		String plain = text.replace(",", "").replace("%", "").trim();
		if (!plain.matches("[-+]?\\d+(\\.\\d+)?")) {
			return null;
		}
		return new BigDecimal(plain);
	}

	private static int longest(Table table, int column) {
		int longest = table.headers().get(column).length();
		for (List<String> row : table.rows()) {
			if (column < row.size() && row.get(column) != null) {
				longest = Math.max(longest, row.get(column).length());
			}
		}
		return longest;
	}

	private static String unique(Set<String> taken, String wanted) {
		String base = WorkbookUtil.createSafeSheetName(wanted);
		if (base.length() > 28) {
			base = base.substring(0, 28);
		}
		String name = base;
		for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
			name = base + " " + n;
		}
		return name;
	}

}
