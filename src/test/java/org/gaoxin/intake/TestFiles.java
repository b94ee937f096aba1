package org.gaoxin.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Real spreadsheet and CSV files, written the way an office's software writes them. */
final class TestFiles {

	private TestFiles() {
	}

	static byte[] xlsx(List<List<Object>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("数据");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				List<Object> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value instanceof Number number) {
						row.createCell(c).setCellValue(new BigDecimal(number.toString()).doubleValue());
					}
					else if (value instanceof Formula formula) {
						row.createCell(c).setCellFormula(formula.text());
					}
					else if (value != null) {
						row.createCell(c).setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Formula(String text) {
	}

	static byte[] csv(List<List<Object>> rows, Charset charset) {
		StringBuilder text = new StringBuilder();
		for (List<Object> row : rows) {
			text.append(String.join(",", row.stream().map((v) -> (v == null) ? "" : v.toString()).toList()))
				.append("\r\n");
		}
		return text.toString().getBytes(charset);
	}

	/** The workbook with one part's content replaced (e.g. the sheet XML). */
	static byte[] replacePart(byte[] xlsx, String part, InputStreamWriter content) {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals(part)) {
					content.write(out);
				}
				else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
			out.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	interface InputStreamWriter {

		void write(java.io.OutputStream out) throws IOException;

	}

	static InputStream stream(byte[] bytes) {
		return new ByteArrayInputStream(bytes);
	}

}
