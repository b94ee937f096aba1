package org.gaoxin.intake.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gaoxin.intake.Column;
import org.gaoxin.intake.ColumnType;
import org.gaoxin.intake.ImportKind;

/**
 * The template of a kind of import: a data sheet whose headers carry a note (English
 * name, Torch code, unit, required, accepted values), drop-down lists where a column has
 * fixed values, and an instructions sheet.
 */
public final class TemplateWorkbook {

	private static final int ROWS_WITH_LISTS = 10_000;

	private TemplateWorkbook() {
	}

	public static byte[] write(ImportKind kind, List<Column> columns) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet data = workbook.createSheet("数据");
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			Drawing<?> drawing = data.createDrawingPatriarch();
			Row top = data.createRow(0);
			DataValidationHelper validations = data.getDataValidationHelper();
			for (int c = 0; c < columns.size(); c++) {
				Column column = columns.get(c);
				var cell = top.createCell(c);
				cell.setCellValue(column.header());
				cell.setCellStyle(header);
				data.setColumnWidth(c, Math.min(40, Math.max(12, column.header().length() * 2 + 4)) * 256);
				ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
				anchor.setCol1(c);
				anchor.setCol2(c + 3);
				anchor.setRow1(0);
				anchor.setRow2(5);
				Comment comment = drawing.createCellComment(anchor);
				comment.setString(workbook.getCreationHelper().createRichTextString(note(column)));
				cell.setCellComment(comment);
				List<String> choices = (column.type() == ColumnType.BOOLEAN) ? List.of("是", "否") : column.choices();
				if (!choices.isEmpty() && String.join(",", choices).length() < 250) {
					DataValidation list = validations.createValidation(
							validations.createExplicitListConstraint(choices.toArray(String[]::new)),
							new CellRangeAddressList(1, ROWS_WITH_LISTS, c, c));
					list.setShowErrorBox(true);
					data.addValidationData(list);
				}
			}
			data.createFreezePane(0, 1);
			Sheet help = workbook.createSheet("说明");
			String[] titles = { "列名 header", "英文 English", "火炬代码 Torch code", "键 key", "类型 type", "单位 unit",
					"必填 required", "可选值 values" };
			Row helpTop = help.createRow(0);
			for (int i = 0; i < titles.length; i++) {
				helpTop.createCell(i).setCellValue(titles[i]);
				helpTop.getCell(i).setCellStyle(header);
				help.setColumnWidth(i, 24 * 256);
			}
			for (int c = 0; c < columns.size(); c++) {
				Column column = columns.get(c);
				Row row = help.createRow(c + 1);
				row.createCell(0).setCellValue(column.header());
				row.createCell(1).setCellValue(column.nameEn());
				row.createCell(2).setCellValue((column.torchCode() != null) ? column.torchCode() : "");
				row.createCell(3).setCellValue(column.key());
				row.createCell(4).setCellValue(column.type().name());
				row.createCell(5).setCellValue((column.unit() != null) ? column.unit().symbolZh() : "");
				row.createCell(6).setCellValue(column.required() ? "是" : "否");
				row.createCell(7).setCellValue(String.join("、", column.choices()));
			}
			Row last = help.createRow(columns.size() + 2);
			last.createCell(0)
				.setCellValue(kind.nameZh() + ":表头可用中文名、英文名、火炬代码或键;金额单位为千元;不接受公式;有任何错误时整个文件不写入。"
						+ " / Headers may be the Chinese or English name, the Torch code or the key; amounts in thousand yuan;"
						+ " no formulas; a file with any error writes nothing.");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String note(Column column) {
		StringBuilder note = new StringBuilder(column.nameEn());
		if (column.torchCode() != null) {
			note.append("\n火炬代码 Torch code: ").append(column.torchCode());
		}
		if (column.unit() != null) {
			note.append("\n单位 unit: ").append(column.unit().symbolZh()).append(" / ").append(column.unit().symbolEn());
		}
		note.append(column.required() ? "\n必填 required" : "\n选填 optional");
		if (!column.choices().isEmpty()) {
			note.append("\n可选值 values: ").append(String.join("、", column.choices()));
		}
		return note.toString();
	}

}
