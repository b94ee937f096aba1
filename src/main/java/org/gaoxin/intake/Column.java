package org.gaoxin.intake;

import java.util.List;
import java.util.Locale;

import org.gaoxin.shared.Unit;

/**
 * A column of an import: the header may be its key, its Chinese or English name, or its
 * Torch survey code; a unit or note in brackets after the name is ignored ("营业收入(千元)").
 */
public record Column(String key, String nameZh, String nameEn, String torchCode, ColumnType type, Unit unit,
		boolean required, List<String> choices) {

	public Column {
		choices = (choices != null) ? List.copyOf(choices) : List.of();
	}

	public static Column of(String key, String nameZh, String nameEn, ColumnType type, boolean required) {
		return new Column(key, nameZh, nameEn, null, type, null, required, List.of());
	}

	/** The header the templates write: Chinese name and unit. */
	public String header() {
		return (this.unit != null && this.unit != Unit.YES_NO) ? this.nameZh + "(" + this.unit.symbolZh() + ")"
				: this.nameZh;
	}

	public boolean matches(String header) {
		String h = normalise(header);
		return h.equals(normalise(this.key)) || h.equals(normalise(this.nameZh)) || h.equals(normalise(this.nameEn))
				|| (this.torchCode != null && h.equals(normalise(this.torchCode)));
	}

	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String t = text.replaceAll("[((\\[【].*?[))\\]】]", "").replace("*", "");
		return t.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
	}

}
