package org.gaoxin.shared;

/**
 * A text in Simplified Chinese and English; the Chinese one is required, English falls
 * back to it.
 */
public record LocalizedText(String zh, String en) {

	public LocalizedText {
		if (zh == null || zh.isBlank()) {
			throw new IllegalArgumentException("Chinese text is required");
		}
		if (en == null || en.isBlank()) {
			en = zh;
		}
	}

	public String in(boolean chinese) {
		return chinese ? this.zh : this.en;
	}

	public String in(java.util.Locale locale) {
		return in("zh".equals(locale.getLanguage()));
	}

}
