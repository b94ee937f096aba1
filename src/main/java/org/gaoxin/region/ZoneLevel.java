package org.gaoxin.region;

public enum ZoneLevel {

	/** 国家级高新技术产业开发区 */
	NATIONAL_HIGH_TECH("国家级高新区", "National high-tech zone"),
	/** 市级高新技术产业开发区 */
	MUNICIPAL_HIGH_TECH("市级高新区", "Municipal high-tech zone"),
	/** 工业园区: a district's industrial park without high-tech accreditation. */
	INDUSTRIAL_PARK("工业园区", "Industrial park");

	private final String nameZh;

	private final String nameEn;

	ZoneLevel(String nameZh, String nameEn) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	public String nameZh() {
		return this.nameZh;
	}

	public String nameEn() {
		return this.nameEn;
	}

}
