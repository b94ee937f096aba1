package org.gaoxin.intake.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gaoxin.intake.ImportError;
import org.gaoxin.shared.export.Formulas;
import org.gaoxin.shared.web.Texts;

import org.springframework.stereotype.Component;

/**
 * The error report of a failed import as a workbook in the reader's language: the header
 * and rows as uploaded (kept in the staging table, not the file), each faulty cell filled
 * red with the broken rules beside its row, and a sheet listing every error with sheet,
 * row, column, value and rule.
 */
@Component
public class ErrorWorkbook {

	private final Staging staging;

	private final Texts texts;

	ErrorWorkbook(Staging staging, Texts texts) {
		this.staging = staging;
		this.texts = texts;
	}

	public byte[] write(ImportJob job, Locale locale) {
		List<ImportError> errors = job.errors();
		Map<Integer, Map<Integer, String>> byCell = new HashMap<>();
		Map<Integer, StringBuilder> byRow = new HashMap<>();
		for (ImportError error : errors) {
			String rule = this.texts.render(error.rule(), locale);
			byCell.computeIfAbsent(error.row(), (r) -> new HashMap<>())
				.merge(error.columnIndex(), rule, (a, b) -> a + "; " + b);
			byRow.computeIfAbsent(error.row(), (r) -> new StringBuilder())
				.append(error.column())
				.append(": ")
				.append(rule)
				.append("; ");
		}
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle faulty = workbook.createCellStyle();
			faulty.setFillForegroundColor(IndexedColors.ROSE.getIndex());
			faulty.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			Sheet data = workbook.createSheet(this.texts.get("intake.errors.dataSheet", locale));
			HeaderMatch header = job.header();
			int width = 0;
			if (header != null) {
				write(data.createRow(0), header.cells(), byCell.getOrDefault(header.lastRow(), Map.of()), faulty);
				width = header.cells().size();
			}
			int next = 1;
			int after = 0;
			for (List<Staging.Row> chunk = this.staging.all(job.id(), after, 1000); !chunk
				.isEmpty(); chunk = this.staging.all(job.id(), after, 1000)) {
				for (Staging.Row staged : chunk) {
					Row row = data.createRow(next++);
					write(row, staged.cells(), byCell.getOrDefault(staged.row(), Map.of()), faulty);
					StringBuilder problems = byRow.get(staged.row());
					if (problems != null) {
						Cell note = row.createCell(Math.max(staged.cells().size(), width) + 1);
						note.setCellValue(this.texts.get("intake.errors.rowNote", locale, staged.row(), problems));
						note.setCellStyle(faulty);
					}
				}
				after = chunk.get(chunk.size() - 1).row();
			}
			Sheet list = workbook.createSheet(this.texts.get("intake.errors.listSheet", locale));
			Row top = list.createRow(0);
			String[] titles = { "intake.sheet", "intake.row", "intake.column", "common.value", "intake.rule" };
			for (int c = 0; c < titles.length; c++) {
				top.createCell(c).setCellValue(this.texts.get(titles[c], locale));
			}
			for (int i = 0; i < errors.size(); i++) {
				ImportError error = errors.get(i);
				Row row = list.createRow(i + 1);
				row.createCell(0).setCellValue(error.sheet());
				row.createCell(1).setCellValue(error.row());
				row.createCell(2).setCellValue(error.column());
				row.createCell(3).setCellValue(Formulas.neutralise(error.value()));
				row.createCell(4).setCellValue(this.texts.render(error.rule(), locale));
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Row row, List<String> cells, Map<Integer, String> marked, CellStyle faulty) {
		for (int c = 0; c < cells.size(); c++) {
			Cell cell = row.createCell(c);
			cell.setCellValue(Formulas.neutralise(cells.get(c)));
			if (marked.containsKey(c)) {
				cell.setCellStyle(faulty);
			}
		}
	}

}
