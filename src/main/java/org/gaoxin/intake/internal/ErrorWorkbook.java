package org.gaoxin.intake.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gaoxin.intake.ImportError;
import org.gaoxin.shared.export.TableExport;

/**
 * The error report of a failed import as a workbook: the uploaded rows as they were, each
 * faulty cell filled red with the broken rule beside it in a "错误" column, and a sheet
 * listing every error with sheet, row, column, value and rule.
 */
public final class ErrorWorkbook {

	private ErrorWorkbook() {
	}

	public static byte[] write(ImportJob job) {
		List<ImportError> errors = job.errors();
		Map<Integer, Map<Integer, String>> byCell = new HashMap<>();
		Map<Integer, StringBuilder> byRow = new HashMap<>();
		for (ImportError error : errors) {
			byCell.computeIfAbsent(error.row(), (r) -> new HashMap<>())
				.merge(error.columnIndex(), error.rule(), (a, b) -> a + "; " + b);
			byRow.computeIfAbsent(error.row(), (r) -> new StringBuilder())
				.append(error.column())
				.append(": ")
				.append(error.rule())
				.append("; ");
		}
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle faulty = workbook.createCellStyle();
			faulty.setFillForegroundColor(IndexedColors.ROSE.getIndex());
			faulty.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			Sheet data = workbook.createSheet("数据 data");
			int[] width = { 0 };
			RowHandler copy = (sheet, number, cells) -> {
				Row row = data.createRow(number - 1);
				Map<Integer, String> marked = byCell.getOrDefault(number, Map.of());
				for (int c = 0; c < cells.size(); c++) {
					Cell cell = row.createCell(c);
					cell.setCellValue(TableExport.neutralise(cells.get(c)));
					if (marked.containsKey(c)) {
						cell.setCellStyle(faulty);
					}
				}
				width[0] = Math.max(width[0], cells.size());
				StringBuilder problems = byRow.get(number);
				if (problems != null) {
					Cell note = row.createCell(Math.max(cells.size(), width[0]) + 1);
					note.setCellValue("错误 / errors: " + problems);
					note.setCellStyle(faulty);
				}
			};
			try {
				if (FileKind.of(job.file(), job.fileName) == FileKind.XLSX) {
					XlsxReader.read(job.file(), copy);
				}
				else {
					CsvReader.read(job.file(), "CSV", copy);
				}
			}
			catch (RuntimeException ex) {
				// a refused file has no rows to show; the error list below still explains
				// it
			}
			Sheet list = workbook.createSheet("错误清单 errors");
			String[] header = { "工作表 sheet", "行 row", "列 column", "值 value", "规则 rule" };
			Row top = list.createRow(0);
			for (int c = 0; c < header.length; c++) {
				top.createCell(c).setCellValue(header[c]);
			}
			for (int i = 0; i < errors.size(); i++) {
				ImportError error = errors.get(i);
				Row row = list.createRow(i + 1);
				row.createCell(0).setCellValue(error.sheet());
				row.createCell(1).setCellValue(error.row());
				row.createCell(2).setCellValue(error.column());
				row.createCell(3).setCellValue(TableExport.neutralise(error.value()));
				row.createCell(4).setCellValue(error.rule());
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
