package org.gaoxin.intake;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Unit;

/**
 * A column of an import: the header may be its key, its Chinese or English name, or its
 * Torch survey code; a unit or note in brackets after the name — ASCII or full-width,
 * （）【】[] — is not part of the name ("营业收入（千元）"). An informational column is written by
 * exports and ignored by the import.
 */
public record Column(String key, LocalizedText name, String torchCode, ColumnType type, Unit unit, boolean required,
		List<Choice> choices, boolean informational) {

	/** Brackets of every width offices type, with what is inside them. */
	static final Pattern BRACKETED = Pattern.compile("[(（\\[【〔][^)）\\]】〕]*[)）\\]】〕]");

	public Column {
		choices = (choices != null) ? List.copyOf(choices) : List.of();
	}

	public static Column of(String key, String nameZh, String nameEn, ColumnType type, boolean required) {
		return new Column(key, new LocalizedText(nameZh, nameEn), null, type, null, required, List.of(), false);
	}

	public Column withUnit(Unit unit) {
		return new Column(this.key, this.name, this.torchCode, this.type, unit, this.required, this.choices,
				this.informational);
	}

	public Column withTorchCode(String code) {
		return new Column(this.key, this.name, code, this.type, this.unit, this.required, this.choices,
				this.informational);
	}

	public Column withChoices(List<Choice> options) {
		return new Column(this.key, this.name, this.torchCode, this.type, this.unit, this.required, options,
				this.informational);
	}

	public Column asInformational() {
		return new Column(this.key, this.name, this.torchCode, this.type, this.unit, false, this.choices, true);
	}

	/** The column's name in a language, without the unit. */
	public String name(Locale locale) {
		return this.name.in(locale);
	}

	public boolean matches(String header) {
		String h = normalise(header);
		return !h.isEmpty() && (h.equals(normalise(this.key)) || h.equals(normalise(this.name.zh()))
				|| h.equals(normalise(this.name.en()))
				|| (this.torchCode != null && h.equals(normalise(this.torchCode))));
	}

	/** The header without brackets, stars, spaces, '_' and '-', in lower case. */
	public static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String t = BRACKETED.matcher(text).replaceAll("").replace("*", "").replace("＊", "");
		return t.replaceAll("[\\s\\u3000_\\-]", "").toLowerCase(Locale.ROOT);
	}

	/** What the header states in brackets (the unit, typically), or null. */
	public static String bracketed(String header) {
		var matcher = BRACKETED.matcher(header);
		if (!matcher.find()) {
			return null;
		}
		String inside = matcher.group();
		return inside.substring(1, inside.length() - 1).replaceAll("[\\s\\u3000]", "").toLowerCase(Locale.ROOT);
	}

}
