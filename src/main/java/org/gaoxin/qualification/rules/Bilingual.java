package org.gaoxin.qualification.rules;

import java.util.Objects;

/** A user-facing text in Chinese and English; shown Chinese first. */
public record Bilingual(String zh, String en) {

	public Bilingual {
		Objects.requireNonNull(zh, "zh");
		Objects.requireNonNull(en, "en");
	}

	@Override
	public String toString() {
		return this.zh + " / " + this.en;
	}

}
