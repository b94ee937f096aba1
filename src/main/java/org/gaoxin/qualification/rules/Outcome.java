package org.gaoxin.qualification.rules;

public enum Outcome {

	PASS("符合", "pass"), FAIL("不符合", "fail"),
	/** Not decidable from the figures: expert scores or a declaration still to come. */
	DEPENDS("待定", "depends");

	private final String nameZh;

	private final String nameEn;

	Outcome(String nameZh, String nameEn) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	public String nameZh() {
		return this.nameZh;
	}

	public String nameEn() {
		return this.nameEn;
	}

	static Outcome of(boolean passed) {
		return passed ? PASS : FAIL;
	}

}
