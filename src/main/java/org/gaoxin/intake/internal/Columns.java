package org.gaoxin.intake.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.gaoxin.intake.Choice;
import org.gaoxin.intake.Column;
import org.gaoxin.intake.ColumnType;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Unit;
import org.gaoxin.shared.web.Texts;

import org.springframework.stereotype.Component;

/**
 * Makes the columns of the import kinds: names from the bundles
 * ({@code intake.column.<key>}, both languages, since a header may be in either), the
 * accepted values of yes/no and choice columns from their labels.
 */
@Component
class Columns {

	private final Texts texts;

	Columns(Texts texts) {
		this.texts = texts;
	}

	Column named(String key, ColumnType type, boolean required) {
		return named(key, key, type, required);
	}

	/** A column whose key differs from the bundle key of its name. */
	Column named(String key, String nameKey, ColumnType type, boolean required) {
		return new Column(key, name(nameKey), null, type, null, required, List.of(), false);
	}

	Column yesNo(String key, boolean required) {
		return new Column(key, name(key), null, ColumnType.BOOLEAN, Unit.YES_NO, required, yesNoChoices(), false);
	}

	List<Choice> yesNoChoices() {
		return List.of(new Choice("true", both("common.yes")), new Choice("false", both("common.no")));
	}

	<E extends Enum<E>> Column choice(String key, Class<E> values, boolean required) {
		List<Choice> choices = Arrays.stream(values.getEnumConstants())
			.map((value) -> new Choice(value.name(),
					new LocalizedText(this.texts.label(value, Texts.CHINESE), this.texts.label(value, Locale.ENGLISH))))
			.toList();
		return new Column(key, name(key), null, ColumnType.CHOICE, null, required, choices, false);
	}

	Column creditCode() {
		return named("credit_code", ColumnType.CREDIT_CODE, true);
	}

	Column year() {
		return named("year", ColumnType.YEAR, true);
	}

	Column zone() {
		return named("zone_code", ColumnType.TEXT, true);
	}

	private LocalizedText name(String key) {
		return both("intake.column." + key);
	}

	private LocalizedText both(String key) {
		return new LocalizedText(this.texts.get(key, Texts.CHINESE), this.texts.get(key, Locale.ENGLISH));
	}

}
