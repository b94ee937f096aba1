package org.gaoxin.filing.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.filing.AnnualReport;
import org.gaoxin.filing.ReportField;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.filing.ReportViolation;

/**
 * The annual report form as typed: a rejected form is shown again with the user's own
 * text and the message keys of its errors next to each field. (What the template reads is
 * public: SpEL calls public methods only.)
 */
final class ReportForm {

	/** Amounts are stored as NUMERIC(18, 2). */
	private static final BigDecimal AMOUNT_LIMIT = new BigDecimal("1E16");

	private final int year;

	private final boolean aboveDesignatedSize;

	private final Map<ReportField, String> values;

	private final String comment;

	private int version;

	private final Map<ReportField, List<String>> errors = new EnumMap<>(ReportField.class);

	private ReportForm(int year, boolean aboveDesignatedSize, Map<ReportField, String> values, String comment,
			int version) {
		this.year = year;
		this.aboveDesignatedSize = aboveDesignatedSize;
		this.values = values;
		this.comment = comment;
		this.version = version;
	}

	static ReportForm blank(int year, boolean aboveDesignatedSize) {
		return new ReportForm(year, aboveDesignatedSize, new EnumMap<>(ReportField.class), null, 0);
	}

	/** The stored report at its version: a figure left blank in a draft stays blank. */
	static ReportForm of(AnnualReport report, int version) {
		Map<ReportField, String> values = new EnumMap<>(ReportField.class);
		for (ReportField field : ReportField.values()) {
			values.put(field, text(field.valueIn(report)));
		}
		return new ReportForm(report.year(), report.aboveDesignatedSize(), values, null, version);
	}

	/**
	 * The posted form: a parameter per field column, the size flag, a comment and the
	 * version the form was opened at.
	 */
	static ReportForm posted(int year, int version, Map<String, String> params) {
		Map<ReportField, String> values = new EnumMap<>(ReportField.class);
		for (ReportField field : ReportField.values()) {
			String text = params.get(field.column());
			values.put(field, (text != null) ? text.strip() : "");
		}
		String flag = params.get("aboveDesignatedSize");
		return new ReportForm(year, "on".equals(flag) || "true".equals(flag), values, params.get("comment"), version);
	}

	/**
	 * The report the form describes, or empty when a field filled in is not a number the
	 * field takes (the errors are then on the form). A draft keeps blank fields blank; a
	 * report to submit needs every field.
	 */
	Optional<AnnualReport> toReport(long enterpriseId, boolean draft) {
		Map<ReportField, Number> numbers = new EnumMap<>(ReportField.class);
		for (ReportField field : ReportField.values()) {
			parse(field, !draft).ifPresent((number) -> numbers.put(field, number));
		}
		if (hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(draft ? AnnualReport.draft(enterpriseId, this.year, this.aboveDesignatedSize, numbers)
				: AnnualReport.of(enterpriseId, this.year, ReportStatus.DRAFT, this.aboveDesignatedSize, numbers));
	}

	/** The version the form was opened at, which a save names. */
	public int version() {
		return this.version;
	}

	/**
	 * After a conflict the form keeps what was typed and takes the version now stored, so
	 * that saving again is a deliberate choice of the typed figures.
	 */
	void rebase(int storedVersion) {
		this.version = storedVersion;
	}

	void reject(List<ReportViolation> violations) {
		for (ReportViolation violation : violations) {
			error(violation.field(), "workflow.rule." + violation.rule());
		}
	}

	public int year() {
		return this.year;
	}

	public boolean aboveDesignatedSize() {
		return this.aboveDesignatedSize;
	}

	public String comment() {
		return this.comment;
	}

	public String value(ReportField field) {
		return this.values.getOrDefault(field, "");
	}

	public List<String> errorsAt(ReportField field) {
		return this.errors.getOrDefault(field, List.of());
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	/** Every field with errors, in form order, for the summary above the form. */
	public Map<ReportField, List<String>> errors() {
		return new LinkedHashMap<>(this.errors);
	}

	private Optional<Number> parse(ReportField field, boolean required) {
		// people type thousands separators; they carry no meaning here
		String text = value(field).replace(",", "").replace("\uFF0C", "").replace(" ", "").replace("\u3000", "");
		if (text.isEmpty()) {
			if (required) {
				error(field, "workflow.form.required");
			}
			return Optional.empty();
		}
		if (text.length() > org.gaoxin.shared.Decimals.MAX_TEXT) {
			// a thousand digits are refused before they are read
			error(field, "workflow.form.tooLarge");
			return Optional.empty();
		}
		BigDecimal number;
		try {
			number = new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			error(field, "workflow.form.number");
			return Optional.empty();
		}
		if (field.wholeNumber()) {
			return wholeNumber(field, number);
		}
		if (number.scale() < -16 || number.stripTrailingZeros().scale() > 2) {
			// 1e400 has no decimals but is no amount either
			error(field, (number.scale() < -16) ? "workflow.form.tooLarge" : "workflow.form.decimals");
			return Optional.empty();
		}
		if (number.stripTrailingZeros().scale() > 2) {
			error(field, "workflow.form.decimals");
			return Optional.empty();
		}
		if (number.abs().compareTo(AMOUNT_LIMIT) >= 0) {
			error(field, "workflow.form.tooLarge");
			return Optional.empty();
		}
		return Optional.of(number);
	}

	private Optional<Number> wholeNumber(ReportField field, BigDecimal number) {
		try {
			return Optional.of(number.stripTrailingZeros().intValueExact());
		}
		catch (ArithmeticException ex) {
			error(field, "workflow.form.wholeNumber");
			return Optional.empty();
		}
	}

	private void error(ReportField field, String key) {
		this.errors.computeIfAbsent(field, (f) -> new ArrayList<>()).add(key);
	}

	private static String text(Number value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		return String.valueOf(value);
	}

}
