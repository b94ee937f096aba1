package org.gaoxin.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gaoxin.report.internal.ReportDocument.Block;
import org.gaoxin.report.internal.ReportDocument.Chart;
import org.gaoxin.report.internal.ReportDocument.Heading;
import org.gaoxin.report.internal.ReportDocument.Paragraph;
import org.gaoxin.report.internal.ReportDocument.Table;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.web.Texts;

/**
 * The report being written in one language: numbers its headings the way a government
 * document does (一、 （一） 1.; in English 1. (1) 1)) and words every text from the bundles.
 */
final class Flow {

	private static final String[] NUMERALS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

	private final Texts texts;

	private final Locale locale;

	private final List<Block> blocks = new ArrayList<>();

	private int section;

	private int subsection;

	private int item;

	private int tables;

	private int charts;

	Flow(Texts texts, Locale locale) {
		this.texts = texts;
		this.locale = locale;
	}

	boolean chinese() {
		return Texts.chinese(this.locale);
	}

	Locale locale() {
		return this.locale;
	}

	String get(String key, Object... args) {
		return this.texts.get(key, this.locale, args);
	}

	String render(Message message) {
		return this.texts.render(message, this.locale);
	}

	String label(Enum<?> value) {
		return (value != null) ? this.texts.label(value, this.locale) : "";
	}

	String text(LocalizedText text) {
		return (text != null) ? text.in(this.locale) : "";
	}

	/**
	 * A number as the pages write it in this language: grouped, trailing zeros dropped.
	 */
	String number(Number value) {
		if (value == null) {
			return "—";
		}
		BigDecimal stripped = new BigDecimal(value.toString()).stripTrailingZeros();
		java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(this.locale);
		format.setMaximumFractionDigits(Math.max(0, Math.min(2, stripped.scale())));
		return format.format(stripped);
	}

	void section(String key, Object... args) {
		this.section++;
		this.subsection = 0;
		this.item = 0;
		String number = chinese() ? numeral(this.section) + "、" : this.section + ". ";
		this.blocks.add(new Heading(1, number + get(key, args)));
	}

	void subsection(String text) {
		this.subsection++;
		this.item = 0;
		String number = chinese() ? "（" + numeral(this.subsection) + "）" : "(" + this.subsection + ") ";
		this.blocks.add(new Heading(2, number + text));
	}

	void item(String text) {
		this.item++;
		this.blocks.add(new Heading(3, this.item + (chinese() ? "." : ") ") + text));
	}

	void paragraph(String text) {
		this.blocks.add(new Paragraph(text));
	}

	void say(String key, Object... args) {
		paragraph(get(key, args));
	}

	/** A table captioned 表n / Table n. */
	void table(String caption, String sheet, List<String> headers, List<List<String>> rows, List<Boolean> numeric) {
		this.tables++;
		this.blocks.add(new Table(get("report.tableCaption", this.tables, caption), sheet, headers, rows, numeric));
	}

	void chart(String caption, byte[] jpeg) {
		this.charts++;
		this.blocks.add(new Chart(get("report.chartCaption", this.charts, caption), jpeg, ChartPainter.WIDTH,
				ChartPainter.HEIGHT));
	}

	List<Block> blocks() {
		return this.blocks;
	}

	/** 1–99 in Chinese numerals: 十一, 二十三. */
	static String numeral(int n) {
		if (n <= 10) {
			return NUMERALS[n];
		}
		int tens = n / 10;
		int ones = n % 10;
		return ((tens > 1) ? NUMERALS[tens] : "") + "十" + ((ones > 0) ? NUMERALS[ones] : "");
	}

}
