package org.gaoxin.region;

public enum ZoneLevel {

	/** 国家级高新技术产业开发区 */
	NATIONAL_HIGH_TECH,
	/** 市级高新技术产业开发区 */
	MUNICIPAL_HIGH_TECH,
	/** 工业园区: a district's industrial park without high-tech accreditation. */
	INDUSTRIAL_PARK;

}
