package org.gaoxin.platform;

public enum PlatformKind {

	/**
	 * 研发机构: engineering research centres, key laboratories, enterprise technology
	 * centres.
	 */
	RD_INSTITUTION("研发机构", "R&D institution"),
	/** 科技服务机构 */
	ST_SERVICE_INSTITUTION("科技服务机构", "S&T service institution"),
	/** 孵化器 */
	INCUBATOR("孵化器", "Incubator"),
	/** 众创空间 */
	MAKER_SPACE("众创空间", "Maker space");

	private final String nameZh;

	private final String nameEn;

	PlatformKind(String nameZh, String nameEn) {
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
