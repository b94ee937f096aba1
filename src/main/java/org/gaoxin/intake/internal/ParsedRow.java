package org.gaoxin.intake.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DateUtil;
import org.gaoxin.enterprise.CreditCode;
import org.gaoxin.intake.Column;
import org.gaoxin.intake.ImportError;

/**
 * One data row with typed getters: a value that breaks its column's rule is recorded as
 * an {@link ImportError} at its cell and read as null, so every problem of the row is
 * reported at once.
 */
public final class ParsedRow {

	private static final DateTimeFormatter[] DATES = { DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"),
			DateTimeFormatter.ofPattern("yyyy年M月d日") };

	private final String sheet;

	private final int row;

	private List<String> cells;

	private final Map<Column, Integer> positions;

	private final List<ImportError> errors;

	public ParsedRow(String sheet, int row, List<String> cells, Map<Column, Integer> positions,
			List<ImportError> errors) {
		this.sheet = sheet;
		this.row = row;
		this.cells = cells;
		this.positions = positions;
		this.errors = errors;
	}

	public int row() {
		return this.row;
	}

	/**
	 * Drops the raw cells once the row is parsed: a 100,000-row file keeps only its
	 * records.
	 */
	void release() {
		this.cells = List.of();
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

	public String text(Column column) {
		String value = raw(column);
		if (value.isEmpty()) {
			return missing(column);
		}
		if (value.length() > 200) {
			error(column, value, "超过200个字符", "longer than 200 characters");
			return null;
		}
		return value;
	}

	public CreditCode creditCode(Column column) {
		String value = raw(column);
		if (value.isEmpty()) {
			missing(column);
			return null;
		}
		String problem = CreditCode.problemWith(value.toUpperCase(java.util.Locale.ROOT));
		if (problem != null) {
			int slash = problem.indexOf(" / ");
			error(column, value, "统一社会信用代码:" + problem.substring(0, Math.max(0, slash)),
					"unified social credit code: " + problem.substring(slash + 3));
			return null;
		}
		return CreditCode.of(value);
	}

	public BigDecimal decimal(Column column) {
		String value = raw(column).replace(",", "");
		if (value.isEmpty()) {
			missing(column);
			return null;
		}
		BigDecimal number;
		try {
			number = new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			error(column, raw(column), "应为数字", "must be a number");
			return null;
		}
		// 1E+400000000 parses, but setting its scale would build a number of 400 million
		// digits
		if (number.precision() - number.scale() > 16 || number.scale() > 10) {
			error(column, raw(column), "数值超出范围(整数部分最多16位,小数最多10位)",
					"out of range (at most 16 digits before the point and 10 after)");
			return null;
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
			error(column, raw(column), "应为整数", "must be a whole number");
			return null;
		}
	}

	public Integer year(Column column) {
		Integer year = integer(column);
		if (year != null && (year < 1949 || year > 2100)) {
			error(column, raw(column), "年份应在1949至2100之间", "a year between 1949 and 2100");
			return null;
		}
		return year;
	}

	public Boolean bool(Column column) {
		String value = raw(column).toLowerCase(java.util.Locale.ROOT);
		if (value.isEmpty()) {
			return column.required() ? booleanMissing(column) : Boolean.FALSE;
		}
		return switch (value) {
			case "是", "y", "yes", "true", "1", "√", "✔" -> Boolean.TRUE;
			case "否", "n", "no", "false", "0" -> Boolean.FALSE;
			default -> {
				error(column, raw(column), "应为“是”或“否”", "must be yes or no");
				yield null;
			}
		};
	}

	public LocalDate date(Column column) {
		String value = raw(column);
		if (value.isEmpty()) {
			missing(column);
			return null;
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
		error(column, value, "日期格式应为2015-03-01", "a date such as 2015-03-01");
		return null;
	}

	/**
	 * One of the column's choices, matched on its code or its Chinese or English label.
	 */
	public String choice(Column column, Map<String, String> labelsToCodes) {
		String value = raw(column);
		if (value.isEmpty()) {
			return column.required() ? missing(column) : null;
		}
		String code = labelsToCodes.get(value.toUpperCase(java.util.Locale.ROOT));
		if (code == null) {
			code = labelsToCodes.get(value);
		}
		if (code == null) {
			error(column, value, "应为以下之一:" + String.join("、", column.choices()),
					"must be one of: " + String.join(", ", column.choices()));
		}
		return code;
	}

	public void error(Column column, String value, String ruleZh, String ruleEn) {
		Integer index = this.positions.get(column);
		String where = (index != null) ? letter(index) + " " + column.header() : column.header();
		this.errors
			.add(new ImportError(this.sheet, this.row, (index != null) ? index : -1, where, value, ruleZh, ruleEn));
	}

	/**
	 * A problem of the whole row (a duplicate, an unknown enterprise), reported at its
	 * first column.
	 */
	public void rowError(Column column, String value, String ruleZh, String ruleEn) {
		error(column, value, ruleZh, ruleEn);
	}

	private String missing(Column column) {
		if (column.required()) {
			error(column, "", "必填", "required");
		}
		return null;
	}

	private Boolean booleanMissing(Column column) {
		missing(column);
		return null;
	}

	public static String letter(int index) {
		StringBuilder letters = new StringBuilder();
		for (int i = index + 1; i > 0; i = (i - 1) / 26) {
			letters.insert(0, (char) ('A' + (i - 1) % 26));
		}
		return letters.toString();
	}

}
