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
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(headers.get(c));
				cell.setCellStyle(bold);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					write(row.createCell(c), values.get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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

	private static void write(Cell cell, Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof BigDecimal number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof Boolean flag) {
			cell.setCellValue(flag ? "是" : "否");
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
			return flag ? "是" : "否";
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
