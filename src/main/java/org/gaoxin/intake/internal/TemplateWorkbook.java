package org.gaoxin.intake.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

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
import org.gaoxin.intake.Choice;
import org.gaoxin.intake.Column;
import org.gaoxin.intake.ColumnHeaders;
import org.gaoxin.intake.ColumnType;
import org.gaoxin.intake.ImportKind;
import org.gaoxin.shared.web.Texts;

import org.springframework.stereotype.Component;

/**
 * The template of a kind of import, in the reader's language: a data sheet whose headers
 * carry a note (other-language name, Torch code, unit, type in words, required, accepted
 * values), drop-down lists where a column has fixed values, text-formatted code columns
 * (an all-digit credit code typed into a General cell would become 9.15E+17), one example
 * row the import ignores; an instructions sheet; and a sheet of the codes the file may
 * use, with their names.
 */
@Component
public class TemplateWorkbook {

	private static final int ROWS_WITH_LISTS = 10_000;

	/** The codes a template's code sheet lists, in rows of cells. */
	public record Codes(List<String> headers, List<List<String>> rows) {
	}

	private final Texts texts;

	private final ColumnHeaders headers;

	TemplateWorkbook(Texts texts, ColumnHeaders headers) {
		this.texts = texts;
		this.headers = headers;
	}

	public byte[] write(ImportKind kind, List<Column> columns, Locale locale, Codes codes, ExampleRow examples) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle header = headerStyle(workbook);
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle example = workbook.createCellStyle();
			Font grey = workbook.createFont();
			grey.setItalic(true);
			grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
			example.setFont(grey);
			example.setDataFormat(workbook.createDataFormat().getFormat("@"));
			Sheet data = workbook.createSheet(this.texts.get("intake.template.dataSheet", locale));
			Drawing<?> drawing = data.createDrawingPatriarch();
			Row top = data.createRow(0);
			Row sample = data.createRow(1);
			DataValidationHelper validations = data.getDataValidationHelper();
			for (int c = 0; c < columns.size(); c++) {
				Column column = columns.get(c);
				String title = this.headers.header(column, locale);
				var cell = top.createCell(c);
				cell.setCellValue(title);
				cell.setCellStyle(header);
				data.setColumnWidth(c, Math.min(40, Math.max(12, title.length() * 2 + 4)) * 256);
				if (column.type() == ColumnType.CREDIT_CODE || column.type() == ColumnType.TEXT) {
					data.setDefaultColumnStyle(c, text);
				}
				ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
				anchor.setCol1(c);
				anchor.setCol2(c + 3);
				anchor.setRow1(0);
				anchor.setRow2(6);
				Comment comment = drawing.createCellComment(anchor);
				comment.setString(workbook.getCreationHelper().createRichTextString(note(column, locale)));
				cell.setCellComment(comment);
				List<String> labels = column.choices().stream().map((choice) -> choice.label().in(locale)).toList();
				if (!labels.isEmpty() && String.join(",", labels).length() < 250) {
					DataValidation list = validations.createValidation(
							validations.createExplicitListConstraint(labels.toArray(String[]::new)),
							new CellRangeAddressList(1, ROWS_WITH_LISTS, c, c));
					list.setShowErrorBox(true);
					data.addValidationData(list);
				}
				var value = sample.createCell(c);
				String shown = examples.value(kind, column, locale, this.texts);
				value.setCellValue(
						(c == 0) ? ImportRunner.EXAMPLE_MARKS.get(Texts.chinese(locale) ? 0 : 2) + shown : shown);
				value.setCellStyle(example);
			}
			data.createFreezePane(0, 1);
			instructions(workbook, header, kind, columns, locale);
			codes(workbook, header, codes, locale);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void instructions(XSSFWorkbook workbook, CellStyle header, ImportKind kind, List<Column> columns,
			Locale locale) {
		Sheet help = workbook.createSheet(this.texts.get("intake.template.helpSheet", locale));
		String[] titles = { "header", "otherName", "torchCode", "key", "type", "unit", "required", "values" };
		Row helpTop = help.createRow(0);
		for (int i = 0; i < titles.length; i++) {
			helpTop.createCell(i).setCellValue(this.texts.get("intake.template.help." + titles[i], locale));
			helpTop.getCell(i).setCellStyle(header);
			help.setColumnWidth(i, 24 * 256);
		}
		Locale other = Texts.chinese(locale) ? Locale.ENGLISH : Texts.CHINESE;
		for (int c = 0; c < columns.size(); c++) {
			Column column = columns.get(c);
			Row row = help.createRow(c + 1);
			row.createCell(0).setCellValue(this.headers.header(column, locale));
			row.createCell(1).setCellValue(this.headers.header(column, other));
			row.createCell(2).setCellValue((column.torchCode() != null) ? column.torchCode() : "");
			row.createCell(3).setCellValue(column.key());
			row.createCell(4).setCellValue(this.texts.label(column.type(), locale));
			row.createCell(5).setCellValue((column.unit() != null) ? this.texts.label(column.unit(), locale) : "");
			row.createCell(6)
				.setCellValue(this.texts.get(column.informational() ? "intake.template.ignored"
						: column.required() ? "common.yes" : "common.no", locale));
			row.createCell(7)
				.setCellValue(String.join(" / ",
						column.choices().stream().map((choice) -> choice.label().in(locale)).toList()));
		}
		int line = columns.size() + 2;
		for (String key : List.of("intake.template.rule.headers", "intake.template.rule.allOrNothing",
				"intake.template.rule.example", "intake.template.rule.codes", "intake.template.rule.formulas",
				"intake.template.rule.units")) {
			help.createRow(line++)
				.createCell(0)
				.setCellValue(this.texts.get(key, locale, this.texts.label(kind, locale)));
		}
	}

	private void codes(XSSFWorkbook workbook, CellStyle header, Codes codes, Locale locale) {
		if (codes == null || codes.rows().isEmpty()) {
			return;
		}
		Sheet sheet = workbook.createSheet(this.texts.get("intake.template.codeSheet", locale));
		Row top = sheet.createRow(0);
		for (int i = 0; i < codes.headers().size(); i++) {
			top.createCell(i).setCellValue(codes.headers().get(i));
			top.getCell(i).setCellStyle(header);
			sheet.setColumnWidth(i, 22 * 256);
		}
		for (int r = 0; r < codes.rows().size(); r++) {
			Row row = sheet.createRow(r + 1);
			List<String> cells = codes.rows().get(r);
			for (int c = 0; c < cells.size(); c++) {
				row.createCell(c).setCellValue(cells.get(c));
			}
		}
		sheet.createFreezePane(0, 1);
	}

	private String note(Column column, Locale locale) {
		Locale other = Texts.chinese(locale) ? Locale.ENGLISH : Texts.CHINESE;
		StringBuilder note = new StringBuilder(column.name(other));
		if (column.torchCode() != null) {
			note.append('\n')
				.append(this.texts.get("intake.template.help.torchCode", locale))
				.append(": ")
				.append(column.torchCode());
		}
		if (column.unit() != null) {
			note.append('\n')
				.append(this.texts.get("intake.template.help.unit", locale))
				.append(": ")
				.append(this.texts.label(column.unit(), locale));
		}
		note.append('\n')
			.append(this.texts.get("intake.template.help.type", locale))
			.append(": ")
			.append(this.texts.label(column.type(), locale));
		note.append('\n')
			.append(this.texts.get(column.informational() ? "intake.template.ignored"
					: column.required() ? "intake.template.required" : "intake.template.optional", locale));
		if (!column.choices().isEmpty()) {
			note.append('\n')
				.append(this.texts.get("intake.template.help.values", locale))
				.append(": ")
				.append(String.join(" / ", column.choices().stream().map((Choice c) -> c.label().in(locale)).toList()));
		}
		return note.toString();
	}

	private static CellStyle headerStyle(XSSFWorkbook workbook) {
		CellStyle header = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		return header;
	}

}
