package org.gaoxin.qualification.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.shared.Message;

/**
 * A posted form as typed, and the errors found at its fields: a rejected form is shown
 * again with the user's own text and each error next to its field. (What a template reads
 * is public: SpEL calls public methods only.)
 */
class FormInput {

	/** Amounts far beyond any enterprise's, which only a typing slip produces. */
	private static final BigDecimal AMOUNT_LIMIT = new BigDecimal("1E13");

	private static final int COUNT_LIMIT = 10_000_000;

	private final Map<String, String> values = new LinkedHashMap<>();

	private final Map<String, List<Message>> errors = new LinkedHashMap<>();

	void put(String field, String text) {
		this.values.put(field, (text != null) ? text.strip() : "");
	}

	public String value(String field) {
		return this.values.getOrDefault(field, "");
	}

	public List<Message> errorsAt(String field) {
		return this.errors.getOrDefault(field, List.of());
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	/** How many fields have errors, for the summary above the form. */
	public int errorCount() {
		return this.errors.size();
	}

	void error(String field, Message message) {
		this.errors.computeIfAbsent(field, (f) -> new ArrayList<>()).add(message);
	}

	/** A required amount in thousand yuan; negative only where {@code signed}. */
	Optional<BigDecimal> amount(String field, boolean signed) {
		Optional<BigDecimal> number = number(field);
		if (number.isEmpty()) {
			return number;
		}
		if (!signed && number.get().signum() < 0) {
			error(field, Message.of("qualification.form.negative"));
			return Optional.empty();
		}
		if (number.get().abs().compareTo(AMOUNT_LIMIT) >= 0) {
			error(field, Message.of("qualification.form.tooLarge"));
			return Optional.empty();
		}
		return number;
	}

	/** A required count of people, items or conversions: a whole number, not negative. */
	Optional<Integer> count(String field) {
		Optional<BigDecimal> number = number(field);
		if (number.isEmpty()) {
			return Optional.empty();
		}
		Optional<Integer> whole = whole(field, number.get());
		if (whole.isPresent() && (whole.get() < 0 || whole.get() > COUNT_LIMIT)) {
			error(field, Message.of((whole.get() < 0) ? "qualification.form.negative" : "qualification.form.tooLarge"));
			return Optional.empty();
		}
		return whole;
	}

	/** An optional whole number (a score left blank is not scored). */
	Optional<Integer> optionalWhole(String field) {
		if (value(field).isEmpty()) {
			return Optional.empty();
		}
		return number(field).flatMap((number) -> whole(field, number));
	}

	/** A yes / no answer, or none when left undeclared ("" or missing). */
	Boolean flag(String field) {
		String text = value(field);
		if (text.isEmpty()) {
			return null;
		}
		if ("true".equals(text) || "false".equals(text)) {
			return Boolean.valueOf(text);
		}
		error(field, Message.of("qualification.form.choice"));
		return null;
	}

	/** One of an enum's constants by name, or none when left blank. */
	<E extends Enum<E>> E choice(String field, Class<E> type) {
		String text = value(field);
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException ex) {
			error(field, Message.of("qualification.form.choice"));
			return null;
		}
	}

	Optional<LocalDate> date(String field) {
		String text = value(field);
		if (text.isEmpty()) {
			error(field, Message.of("qualification.form.required"));
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text));
		}
		catch (DateTimeParseException ex) {
			error(field, Message.of("qualification.form.date"));
			return Optional.empty();
		}
	}

	private Optional<BigDecimal> number(String field) {
		// people type thousands separators; they carry no meaning here
		String text = value(field).replace(",", "").replace("\uFF0C", "").replace(" ", "").replace("\u3000", "");
		if (text.isEmpty()) {
			error(field, Message.of("qualification.form.required"));
			return Optional.empty();
		}
		try {
			return Optional.of(new BigDecimal(text));
		}
		catch (NumberFormatException ex) {
			error(field, Message.of("qualification.form.number"));
			return Optional.empty();
		}
	}

	private Optional<Integer> whole(String field, BigDecimal number) {
		try {
			return Optional.of(number.stripTrailingZeros().intValueExact());
		}
		catch (ArithmeticException ex) {
			error(field, Message.of("qualification.form.wholeNumber"));
			return Optional.empty();
		}
	}

}
