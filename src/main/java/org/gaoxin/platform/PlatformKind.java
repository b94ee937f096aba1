package org.gaoxin.platform;

public enum PlatformKind {

	/**
	 * 研发机构: engineering research centres, key laboratories, enterprise technology
	 * centres.
	 */
	RD_INSTITUTION,
	/** 科技服务机构 */
	ST_SERVICE_INSTITUTION,
	/** 孵化器 */
	INCUBATOR,
	/** 众创空间 */
	MAKER_SPACE;

}
