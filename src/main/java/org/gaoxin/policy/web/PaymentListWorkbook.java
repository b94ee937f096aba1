package org.gaoxin.policy.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gaoxin.policy.Article;
import org.gaoxin.policy.PaymentLine;
import org.gaoxin.policy.PaymentList;
import org.gaoxin.policy.Policy;
import org.gaoxin.shared.web.Texts;

/**
 * A payment list as the finance office files it: the title, the issuer and document
 * number, one row per enterprise (序号, 企业名称, 统一社会信用代码, 条款, 金额(万元), 备注), the total, and the
 * signature lines of the clerk, the reviewer and the approver. Amounts are numbers with
 * two decimals, so the sheet sums them again.
 */
final class PaymentListWorkbook {

	private static final int COLUMNS = 6;

	private PaymentListWorkbook() {
	}

	static byte[] write(PaymentList list, Policy policy, Article article, Texts texts, Locale locale) {
		boolean zh = Texts.chinese(locale);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(texts.get("policy.xlsx.sheet", locale));
			CellStyle title = style(workbook, true, (short) 14, false);
			title.setAlignment(HorizontalAlignment.CENTER);
			CellStyle header = style(workbook, true, (short) 11, true);
			header.setAlignment(HorizontalAlignment.CENTER);
			CellStyle text = style(workbook, false, (short) 11, true);
			text.setWrapText(true);
			CellStyle money = style(workbook, false, (short) 11, true);
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
			CellStyle moneyBold = style(workbook, true, (short) 11, true);
			moneyBold.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
			CellStyle plain = style(workbook, false, (short) 11, false);

			int r = 0;
			Row row = sheet.createRow(r++);
			row.setHeightInPoints(24);
			cell(row, 0,
					texts.get("policy.xlsx.title", locale, policy.name().in(zh), article.name().in(zh), list.year()),
					title);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS - 1));
			row = sheet.createRow(r++);
			cell(row, 0, texts.get("policy.xlsx.issuer", locale, policy.issuer().in(zh), policy.documentNo(),
					policy.reference()), plain);
			sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, COLUMNS - 1));
			row = sheet.createRow(r++);
			cell(row, 0, texts.get("policy.xlsx.status", locale, texts.label(list.status(), locale), list.id(),
					article.budgetLine()), plain);
			sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, COLUMNS - 1));
			row = sheet.createRow(r++);
			List<String> headers = List.of("policy.xlsx.no", "policy.xlsx.name", "policy.xlsx.creditCode",
					"policy.xlsx.article", "policy.xlsx.amount", "policy.xlsx.remark");
			for (int c = 0; c < headers.size(); c++) {
				cell(row, c, texts.get(headers.get(c), locale), header);
			}
			int first = r;
			for (PaymentLine line : list.lines()) {
				row = sheet.createRow(r++);
				Cell no = row.createCell(0);
				no.setCellValue(line.lineNo());
				no.setCellStyle(text);
				cell(row, 1, line.subjectName(), text);
				cell(row, 2, line.creditCode(), text);
				cell(row, 3, article.code() + " " + article.name().in(zh), text);
				Cell amount = row.createCell(4);
				amount.setCellValue(line.amount().doubleValue());
				amount.setCellStyle(money);
				cell(row, 5, line.remark(), text);
			}
			row = sheet.createRow(r++);
			cell(row, 0, texts.get("policy.xlsx.total", locale, list.lines().size()), header);
			sheet.addMergedRegion(new CellRangeAddress(r - 1, r - 1, 0, 3));
			Cell total = row.createCell(4);
			total.setCellFormula((list.lines().isEmpty()) ? "0" : "SUM(E" + (first + 1) + ":E" + (r - 1) + ")");
			total.setCellStyle(moneyBold);
			cell(row, 5, texts.get("policy.xlsx.totalCheck", locale, list.total().setScale(2).toPlainString()), text);
			r++;
			row = sheet.createRow(r++);
			cell(row, 0, texts.get("policy.xlsx.clerk", locale, list.preparedBy()), plain);
			cell(row, 2, texts.get("policy.xlsx.reviewer", locale), plain);
			cell(row, 4,
					texts.get("policy.xlsx.approver", locale, (list.approvedBy() != null) ? list.approvedBy() : ""),
					plain);
			row = sheet.createRow(r);
			cell(row, 0, texts.get("policy.xlsx.date", locale), plain);
			cell(row, 2, texts.get("policy.xlsx.date", locale), plain);
			cell(row, 4, texts.get("policy.xlsx.date", locale), plain);
			int[] widths = { 6, 34, 22, 26, 14, 70 };
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			sheet.getPrintSetup().setLandscape(true);
			sheet.setFitToPage(true);
			sheet.getPrintSetup().setFitWidth((short) 1);
			sheet.getPrintSetup().setFitHeight((short) 0);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Text a spreadsheet would run as a formula is written with a leading apostrophe. */
	private static void cell(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		String safe = (value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		cell.setCellValue(safe);
		cell.setCellStyle(style);
	}

	private static CellStyle style(XSSFWorkbook workbook, boolean bold, short points, boolean border) {
		CellStyle style = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(bold);
		font.setFontHeightInPoints(points);
		style.setFont(font);
		if (border) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}
		return style;
	}

}
