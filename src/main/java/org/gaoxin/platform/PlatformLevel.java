package org.gaoxin.platform;

/** Accreditation level, highest first. */
public enum PlatformLevel {

	NATIONAL("国家级", "National"), MUNICIPAL("市级", "Municipal"), DISTRICT("区级", "District");

	private final String nameZh;

	private final String nameEn;

	PlatformLevel(String nameZh, String nameEn) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	public String nameZh() {
		return this.nameZh;
	}

	public String nameEn() {
		return this.nameEn;
	}

	public boolean atLeast(PlatformLevel other) {
		return ordinal() <= other.ordinal();
	}

}
