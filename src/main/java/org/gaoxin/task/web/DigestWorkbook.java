package org.gaoxin.task.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gaoxin.account.Department;
import org.gaoxin.shared.LocalTimes;
import org.gaoxin.shared.export.TableExport;
import org.gaoxin.shared.web.Texts;
import org.gaoxin.task.DepartmentRate;
import org.gaoxin.task.Digest;
import org.gaoxin.task.TaskEvent;
import org.gaoxin.task.TaskItem;

/**
 * The weekly digest as a workbook of three sheets — what changed, what is overdue and who
 * answers for it, completion per department — in the reader's language; text never
 * becomes a formula.
 */
final class DigestWorkbook {

	private DigestWorkbook() {
	}

	static byte[] write(Digest digest, Map<String, Department> departments, Texts texts, LocalTimes times,
			LocalDate today, boolean chinese) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			Sheet changes = workbook.createSheet(texts.get("task.digest.changes"));
			headers(changes, header, texts.get("task.digest.when"), texts.get("task.item"),
					texts.get("task.leadDepartment"), texts.get("task.digest.what"), texts.get("task.digest.who"),
					texts.get("task.comment"));
			int r = 1;
			for (Digest.Change change : digest.changes()) {
				Row row = changes.createRow(r++);
				text(row, 0, times.minutes(change.event().at().toInstant()));
				text(row, 1, change.item().title());
				text(row, 2, name(departments, change.item().leadDepartment(), chinese));
				TaskEvent event = change.event();
				boolean moved = event.fromStatus() != null && event.toStatus() != null
						&& event.fromStatus() != event.toStatus();
				text(row, 3, texts.label(event.kind()) + (moved ? " → " + texts.label(event.toStatus()) : ""));
				text(row, 4, change.event().actor());
				text(row, 5, (event.kind() == org.gaoxin.task.EventKind.REMINDED)
						? texts.get("task.reminder.days", event.figure()) : event.comment());
			}
			Sheet overdue = workbook.createSheet(texts.get("task.digest.overdue"));
			headers(overdue, header, texts.get("task.item"), texts.get("task.leadDepartment"),
					texts.get("task.responsiblePerson"), texts.get("task.status"), texts.get("task.nextDue"),
					texts.get("task.daysOverdue"), texts.get("task.deadline"));
			r = 1;
			for (TaskItem item : digest.overdue()) {
				Row row = overdue.createRow(r++);
				text(row, 0, item.title());
				text(row, 1, name(departments, item.leadDepartment(), chinese));
				text(row, 2, item.responsiblePerson());
				text(row, 3, texts.label(item.status()));
				day(row, 4, item.nextDue(), date);
				row.createCell(5).setCellValue(item.daysOverdue(today));
				day(row, 6, item.deadline(), date);
			}
			Sheet rates = workbook.createSheet(texts.get("task.rates"));
			headers(rates, header, texts.get("task.leadDepartment"), texts.get("task.rates.items"),
					texts.get("task.rates.struckOff"), texts.get("task.rates.verified"),
					texts.get("task.rates.overdue"), texts.get("task.rates.completion"));
			r = 1;
			for (DepartmentRate rate : digest.rates()) {
				Row row = rates.createRow(r++);
				text(row, 0, name(departments, rate.departmentCode(), chinese));
				row.createCell(1).setCellValue(rate.items());
				row.createCell(2).setCellValue(rate.struckOff());
				row.createCell(3).setCellValue(rate.verified());
				row.createCell(4).setCellValue(rate.overdue());
				BigDecimal completion = rate.completion();
				if (completion != null) {
					row.createCell(5).setCellValue(completion.doubleValue());
				}
			}
			for (Sheet sheet : List.of(changes, overdue, rates)) {
				for (int c = 0; c < 7; c++) {
					sheet.setColumnWidth(c, 20 * 256);
				}
				sheet.createFreezePane(0, 1);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void headers(Sheet sheet, CellStyle style, String... names) {
		Row row = sheet.createRow(0);
		for (int c = 0; c < names.length; c++) {
			Cell cell = row.createCell(c);
			cell.setCellValue(names[c]);
			cell.setCellStyle(style);
		}
	}

	private static void text(Row row, int column, String value) {
		if (value != null) {
			row.createCell(column).setCellValue(TableExport.neutralise(value));
		}
	}

	private static void day(Row row, int column, LocalDate value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	static String name(Map<String, Department> departments, String code, boolean chinese) {
		Department department = departments.get(code);
		if (department == null) {
			return code;
		}
		return chinese ? department.nameZh() : department.nameEn();
	}

}
