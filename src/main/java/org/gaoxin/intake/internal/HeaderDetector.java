package org.gaoxin.intake.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gaoxin.intake.Column;
import org.gaoxin.intake.ImportError;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.Unit;
import org.gaoxin.shared.web.Texts;

/**
 * Finds a sheet's header among its first rows as offices write them: a title row or two
 * above it, or a header merged over two rows (a group title above the column names, or a
 * name above its unit). Every single row and every pair of adjacent rows is tried; the
 * one that recognises the most columns wins, the earlier on a tie.
 */
final class HeaderDetector {

	/** A row of the sheet's top as read. */
	record Line(int row, List<String> cells) {
	}

	private final List<Column> columns;

	private final Texts texts;

	HeaderDetector(List<Column> columns, Texts texts) {
		this.columns = columns;
		this.texts = texts;
	}

	HeaderMatch detect(String sheet, List<Line> top) {
		HeaderMatch best = null;
		for (int i = 0; i < top.size(); i++) {
			best = better(best, match(sheet, top.get(i).row(), top.get(i).row(), top.get(i).cells()));
			if (i + 1 < top.size() && top.get(i + 1).row() == top.get(i).row() + 1) {
				List<String> upper = top.get(i).cells();
				List<String> lower = top.get(i + 1).cells();
				best = better(best, match(sheet, top.get(i).row(), top.get(i + 1).row(), lowerOverUpper(upper, lower)));
				best = better(best, match(sheet, top.get(i).row(), top.get(i + 1).row(), joined(upper, lower)));
			}
		}
		if (best == null || best.recognised() == 0) {
			int row = top.isEmpty() ? 1 : top.get(0).row();
			return new HeaderMatch(sheet, row, row, Map.of(), List.of(), List.of(new ImportError(sheet, row, -1, "", "",
					Message.of("intake.error.noHeader", Math.max(1, top.size())))));
		}
		return best;
	}

	/**
	 * A column name below, or the title above where the cell below is empty (merged
	 * downwards).
	 */
	private static List<String> lowerOverUpper(List<String> upper, List<String> lower) {
		List<String> cells = new ArrayList<>();
		for (int c = 0; c < Math.max(upper.size(), lower.size()); c++) {
			String below = cell(lower, c);
			cells.add(below.isBlank() ? cell(upper, c) : below);
		}
		return cells;
	}

	/** A name above with its unit or note below: "营业收入" over "(千元)". */
	private static List<String> joined(List<String> upper, List<String> lower) {
		List<String> cells = new ArrayList<>();
		for (int c = 0; c < Math.max(upper.size(), lower.size()); c++) {
			cells.add((cell(upper, c) + cell(lower, c)).strip());
		}
		return cells;
	}

	private static String cell(List<String> cells, int c) {
		String value = (c < cells.size()) ? cells.get(c) : null;
		return (value != null) ? value.strip() : "";
	}

	private static HeaderMatch better(HeaderMatch best, HeaderMatch candidate) {
		if (best == null || candidate.recognised() > best.recognised()) {
			return candidate;
		}
		return best;
	}

	private HeaderMatch match(String sheet, int firstRow, int lastRow, List<String> cells) {
		Map<Column, Integer> positions = new LinkedHashMap<>();
		List<ImportError> errors = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			String text = cell(cells, i);
			if (text.isEmpty()) {
				continue;
			}
			Column column = this.columns.stream().filter((c) -> c.matches(text)).findFirst().orElse(null);
			String where = ParsedRow.letter(i);
			if (column == null) {
				errors.add(new ImportError(sheet, lastRow, i, where, text, Message.of("intake.error.unknownColumn")));
			}
			else if (statedUnitDiffers(text, column)) {
				errors.add(new ImportError(sheet, lastRow, i, where, text,
						Message.of("intake.error.wrongUnit", column.unit())));
			}
			else if (positions.putIfAbsent(column, i) != null) {
				errors.add(new ImportError(sheet, lastRow, i, where, text, Message.of("intake.error.duplicateColumn")));
			}
		}
		for (Column column : this.columns) {
			if (column.required() && !positions.containsKey(column)) {
				errors.add(new ImportError(sheet, lastRow, -1, column.name().zh(), "",
						Message.of("intake.error.missingColumn", column.name())));
			}
		}
		return new HeaderMatch(sheet, firstRow, lastRow, positions, cells, errors);
	}

	/**
	 * A header that names a unit in brackets ("营业收入（万元）") must name the column's own
	 * unit.
	 */
	boolean statedUnitDiffers(String header, Column column) {
		String stated = Column.bracketed(header);
		if (column.unit() == null || stated == null) {
			return false;
		}
		for (Unit unit : Unit.values()) {
			boolean names = this.texts.labels(unit)
				.stream()
				.anyMatch((label) -> stated.equals(label.replaceAll("\\s", "").toLowerCase(Locale.ROOT)));
			if (names) {
				return unit != column.unit() && !this.texts.labels(unit).equals(this.texts.labels(column.unit()));
			}
		}
		return false;
	}

}
