package org.gaoxin.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes a table as .xlsx (streaming, so large lists stay small in memory) or .csv (UTF-8
 * with a byte-order mark so Excel reads Chinese). Text that a spreadsheet would run as a
 * formula — a cell beginning with = + - @ — is written with a leading apostrophe; numbers
 * stay numbers.
 */
public final class TableExport {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private TableExport() {
	}

	public static byte[] xlsx(String sheetName, List<String> headers, List<List<Object>> rows) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			Styles styles = new Styles(workbook);
			Row header = sheet.createRow(0);
			int[] widths = new int[headers.size()];
			for (int c = 0; c < headers.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(headers.get(c));
				cell.setCellStyle(styles.header);
				widths[c] = width(headers.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					write(row.createCell(c), values.get(c), styles);
					if (c < widths.length && r < 200 && values.get(c) != null) {
						widths[c] = Math.max(widths[c], width(String.valueOf(values.get(c))));
					}
				}
			}
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, Math.min(60, Math.max(8, widths[c] + 2)) * 256);
			}
			sheet.createFreezePane(0, 1);
			if (!headers.isEmpty()) {
				sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, headers.size() - 1));
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Columns as wide as their text: CJK characters take two. */
	private static int width(String text) {
		return text.codePoints().map((c) -> (c >= 0x2E80) ? 2 : 1).sum();
	}

	private static final class Styles {

		final CellStyle header;

		final CellStyle number;

		final CellStyle decimal;

		final CellStyle percent;

		final CellStyle date;

		Styles(SXSSFWorkbook workbook) {
			this.header = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			this.header.setFont(font);
			var formats = workbook.createDataFormat();
			this.number = workbook.createCellStyle();
			this.number.setDataFormat(formats.getFormat("#,##0"));
			this.decimal = workbook.createCellStyle();
			this.decimal.setDataFormat(formats.getFormat("#,##0.00"));
			this.percent = workbook.createCellStyle();
			this.percent.setDataFormat(formats.getFormat("0.0%"));
			this.date = workbook.createCellStyle();
			this.date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
		}

	}

	public static byte[] csv(List<String> headers, List<List<Object>> rows) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(String.join(",", headers.stream().map(TableExport::csvCell).toList())).append("\r\n");
		for (List<Object> row : rows) {
			csv.append(String.join(",", row.stream().map(TableExport::csvValue).toList())).append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	public static ResponseEntity<byte[]> download(String fileName, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.contentType(type)
			.body(body);
	}

	/** Text as a spreadsheet should show it, never as a formula ({@link Formulas}). */
	public static String neutralise(String text) {
		return Formulas.neutralise(text);
	}

	/**
	 * Numbers as numbers with a format (whole, two decimals, or a percentage), dates as
	 * dates, text never as a formula. A yes/no is written as ✔/✘: callers write it in
	 * words, in the reader's language, where the words matter.
	 */
	private static void write(Cell cell, Object value, Styles styles) {
		if (value == null) {
			return;
		}
		if (value instanceof Percent share) {
			cell.setCellValue(share.fraction().doubleValue());
			cell.setCellStyle(styles.percent);
		}
		else if (value instanceof BigDecimal number) {
			cell.setCellValue(number.doubleValue());
			cell.setCellStyle((number.stripTrailingZeros().scale() > 0) ? styles.decimal : styles.number);
		}
		else if (value instanceof Double || value instanceof Float) {
			cell.setCellValue(((Number) value).doubleValue());
			cell.setCellStyle(styles.decimal);
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
			cell.setCellStyle(value instanceof Integer year && year > 1900 && year < 2200 ? null : styles.number);
		}
		else if (value instanceof java.time.LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(styles.date);
		}
		else if (value instanceof Boolean flag) {
			cell.setCellValue(flag ? "✔" : "✘");
		}
		else {
			cell.setCellValue(neutralise(value.toString()));
		}
	}

	private static String csvValue(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		if (value instanceof Number) {
			return value.toString();
		}
		if (value instanceof Boolean flag) {
			return flag ? "✔" : "✘";
		}
		if (value instanceof Percent share) {
			return share.fraction().toPlainString();
		}
		return csvCell(value.toString());
	}

	private static String csvCell(String text) {
		String safe = neutralise(text);
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
