package org.gaoxin.report;

/** The documents the platform writes for a zone and year. */
public enum ReportKind {

	/** 创建自评报告: the zone against the accreditation standard, for the expert panel. */
	SELF_ASSESSMENT,
	/** 年度监测报告: the zone against its targets, year over year, for the leaders. */
	MONITORING

}
