package org.gaoxin.filing.web;

import java.util.List;

import org.gaoxin.filing.ReportField;

/**
 * How the report form groups the Torch fields, in the order the survey asks for them.
 */
enum FieldGroup {

	BUSINESS(ReportField.INDUSTRIAL_OUTPUT, ReportField.OPERATING_REVENUE, ReportField.PRODUCT_SALES_REVENUE,
			ReportField.HIGH_TECH_REVENUE, ReportField.TECHNOLOGY_REVENUE, ReportField.TOTAL_COSTS,
			ReportField.NET_PROFIT, ReportField.TAXES_PAID),
	EXPORTS(ReportField.EXPORT_TOTAL, ReportField.EXPORT_HIGH_TECH, ReportField.EXPORT_TECH_SERVICES),
	RESEARCH(ReportField.RD_EXPENSE, ReportField.RD_EXPENSE_DOMESTIC),
	ASSETS(ReportField.TOTAL_ASSETS, ReportField.LIABILITIES, ReportField.OWNERS_EQUITY,
			ReportField.FIXED_ASSET_INVESTMENT, ReportField.ENERGY_CONSUMPTION),
	PEOPLE(ReportField.EMPLOYEES, ReportField.ST_STAFF, ReportField.RD_STAFF),
	INTELLECTUAL_PROPERTY(ReportField.INVENTION_PATENTS_APPLIED, ReportField.INVENTION_PATENTS_GRANTED,
			ReportField.INVENTION_PATENTS_OWNED, ReportField.UTILITY_MODELS_OWNED, ReportField.DESIGNS_OWNED,
			ReportField.SOFTWARE_COPYRIGHTS_OWNED, ReportField.TECH_CONVERSIONS);

	private final List<ReportField> fields;

	FieldGroup(ReportField... fields) {
		this.fields = List.of(fields);
	}

	public List<ReportField> fields() {
		return this.fields;
	}

}
