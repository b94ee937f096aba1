package org.gaoxin.intake.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.DateUtil;
import org.gaoxin.enterprise.CreditCode;
import org.gaoxin.intake.Choice;
import org.gaoxin.intake.Column;
import org.gaoxin.intake.ImportError;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.export.Formulas;

/**
 * One data row with typed getters: a value that breaks its column's rule is recorded as
 * an {@link ImportError} at its cell, with the rule as a message in the reader's
 * language, and read as null, so every problem of the row is reported at once.
 */
public final class ParsedRow {

	/** The years a figure may be for. */
	public static final int FIRST_YEAR = 1949;

	public static final int LAST_YEAR = 2100;

	static final int MAX_TEXT = 200;

	private static final DateTimeFormatter[] DATES = { DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"),
			DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy年M月d日") };

	private static final Set<String> YES = Set.of("是", "y", "yes", "true", "1", "√", "✔", "✓", "t");

	private static final Set<String> NO = Set.of("否", "n", "no", "false", "0", "×", "✗", "f");

	private final String sheet;

	private final int row;

	private final List<String> cells;

	private final Map<Column, Integer> positions;

	private final List<String> header;

	private final ErrorSink errors;

	private boolean failed;

	/** Where a row's errors go. */
	@FunctionalInterface
	interface ErrorSink {

		void add(ImportError error);

	}

	ParsedRow(String sheet, int row, List<String> cells, HeaderMatch header, ErrorSink errors) {
		this.sheet = sheet;
		this.row = row;
		this.cells = cells;
		this.positions = header.positions();
		this.header = header.cells();
		this.errors = errors;
	}

	public int row() {
		return this.row;
	}

	/** Whether any error was recorded on this row. */
	public boolean failed() {
		return this.failed;
	}

	public boolean present(Column column) {
		return this.positions.containsKey(column);
	}

	public String raw(Column column) {
		Integer index = this.positions.get(column);
		if (index == null || index >= this.cells.size()) {
			return "";
		}
		String value = this.cells.get(index);
		return (value != null) ? value.strip() : "";
	}

	public boolean blank(Column column) {
		return raw(column).isEmpty();
	}

	/** Text, at most 200 characters, never what a spreadsheet would run as a formula. */
	public String text(Column column) {
		String value = raw(column);
		if (value.isEmpty()) {
			return missing(column);
		}
		if (value.length() > MAX_TEXT) {
			return error(column, value, Message.of("intake.error.tooLong", MAX_TEXT));
		}
		if (Formulas.dangerous(value)) {
			return error(column, value, Message.of("intake.error.formula"));
		}
		return value;
	}

	public CreditCode creditCode(Column column) {
		String value = raw(column);
		if (value.isEmpty()) {
			missing(column);
			return null;
		}
		String code = value.toUpperCase(Locale.ROOT);
		Message problem = CreditCode.problemWith(code);
		if (problem == null) {
			return CreditCode.of(code);
		}
		// an all-digit code typed into a General cell is stored as a number and loses
		// digits
		if (code.matches("[0-9.]+E\\+?[0-9]+") || code.matches("[0-9]{12,}(\\.0+)?")) {
			error(column, value, Message.of("intake.error.creditCodeAsNumber"));
		}
		else {
			error(column, value, problem);
		}
		return null;
	}

	public BigDecimal decimal(Column column) {
		String value = raw(column).replace(",", "").replace("，", "").replace(" ", "").replace("\u3000", "");
		if (value.isEmpty()) {
			missing(column);
			return null;
		}
		BigDecimal number;
		try {
			number = new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			return error(column, raw(column), Message.of("intake.error.number"));
		}
		// 1E+400000000 parses without being expanded; its digits are checked before any
		// arithmetic would build a number of 400 million digits
		if (number.precision() - number.scale() > 16 || number.scale() > 10) {
			return error(column, raw(column), Message.of("intake.error.outOfRange"));
		}
		return number;
	}

	/** A decimal with at most {@code scale} places: what the field can hold. */
	public BigDecimal decimal(Column column, int scale) {
		BigDecimal number = decimal(column);
		if (number != null && number.stripTrailingZeros().scale() > scale) {
			return error(column, raw(column), Message.of("intake.error.decimals", scale));
		}
		return number;
	}

	public Integer integer(Column column) {
		BigDecimal value = decimal(column);
		if (value == null) {
			return null;
		}
		try {
			return value.stripTrailingZeros().intValueExact();
		}
		catch (ArithmeticException ex) {
			return error(column, raw(column), Message.of("intake.error.wholeNumber"));
		}
	}

	public Integer year(Column column) {
		Integer year = integer(column);
		if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
			return error(column, raw(column), Message.of("intake.error.year", FIRST_YEAR, LAST_YEAR));
		}
		return year;
	}

	public Boolean bool(Column column) {
		String value = raw(column).toLowerCase(Locale.ROOT);
		if (value.isEmpty()) {
			return column.required() ? missing(column) : Boolean.FALSE;
		}
		if (YES.contains(value)
				|| column.choices().stream().anyMatch((c) -> c.code().equals("true") && c.matches(value))) {
			return Boolean.TRUE;
		}
		if (NO.contains(value)
				|| column.choices().stream().anyMatch((c) -> c.code().equals("false") && c.matches(value))) {
			return Boolean.FALSE;
		}
		return error(column, raw(column), Message.of("intake.error.yesNo"));
	}

	public LocalDate date(Column column) {
		String value = raw(column);
		if (value.isEmpty()) {
			return missing(column);
		}
		if (value.matches("\\d+(\\.0+)?")) {
			double serial = Double.parseDouble(value);
			if (serial > 0 && serial < 100_000) {
				return DateUtil.getLocalDateTime(serial).toLocalDate();
			}
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(value, format);
			}
			catch (DateTimeParseException ex) {
				// try the next accepted form
			}
		}
		return error(column, value, Message.of("intake.error.date"));
	}

	/** One of the column's choices, by its code or its label in either language. */
	public String choice(Column column) {
		String value = raw(column);
		if (value.isEmpty()) {
			return column.required() ? missing(column) : null;
		}
		for (Choice choice : column.choices()) {
			if (choice.matches(value)) {
				return choice.code();
			}
		}
		return error(column, value,
				Message.of("intake.error.choice", column.choices().stream().map(Choice::label).toList()));
	}

	/** Records an error at the column's cell; returns null for the caller to return. */
	public <T> T error(Column column, String value, Message rule) {
		Integer index = this.positions.get(column);
		String where = (index == null) ? column.name().zh()
				: letter(index) + ((index < this.header.size()) ? " " + this.header.get(index).strip() : "");
		this.failed = true;
		this.errors.add(new ImportError(this.sheet, this.row, (index != null) ? index : -1, where, value, rule));
		return null;
	}

	private <T> T missing(Column column) {
		if (column.required()) {
			error(column, "", Message.of("intake.error.required"));
		}
		return null;
	}

	/** The spreadsheet letters of a zero-based column index: 0 → A, 26 → AA. */
	public static String letter(int index) {
		StringBuilder letters = new StringBuilder();
		for (int i = index + 1; i > 0; i = (i - 1) / 26) {
			letters.insert(0, (char) ('A' + (i - 1) % 26));
		}
		return letters.toString();
	}

}
