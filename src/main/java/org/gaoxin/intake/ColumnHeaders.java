package org.gaoxin.intake;

import java.util.Locale;

import org.gaoxin.shared.Unit;
import org.gaoxin.shared.web.Texts;

import org.springframework.stereotype.Component;

/**
 * How a column's header is written in templates and exports: its name in the reader's
 * language and its unit in brackets — "营业收入(千元)", "Operating revenue (thousand yuan)" —
 * which the import reads back in either language.
 */
@Component
public class ColumnHeaders {

	private final Texts texts;

	ColumnHeaders(Texts texts) {
		this.texts = texts;
	}

	public String header(Column column, Locale locale) {
		String name = column.name(locale);
		if (column.unit() == null || column.unit() == Unit.YES_NO) {
			return name;
		}
		String unit = this.texts.label(column.unit(), locale);
		return Texts.chinese(locale) ? name + "(" + unit + ")" : name + " (" + unit + ")";
	}

}
