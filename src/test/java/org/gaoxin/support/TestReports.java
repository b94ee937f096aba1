package org.gaoxin.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.gaoxin.filing.AnnualReport;
import org.gaoxin.enterprise.CreditCode;
import org.gaoxin.shared.HighTechField;
import org.gaoxin.enterprise.NewEnterprise;
import org.gaoxin.filing.ReportField;
import org.gaoxin.filing.ReportStatus;

/**
 * Test enterprises (credit codes the demo generator never makes) and an internally
 * consistent, plausible report to vary one figure at a time.
 */
public final class TestReports {

	private TestReports() {
	}

	/**
	 * An enterprise in the zone; {@code n} (0–9999) makes its credit code unique. The
	 * letters in the organisation code keep it apart from the demo's all-digit codes.
	 */
	public static NewEnterprise enterprise(int n, String name, String zoneCode) {
		CreditCode code = CreditCode.withCheckCharacter("91500114MAQTW" + String.format("%04d", n));
		return new NewEnterprise(code, name, zoneCode, "软件和信息技术服务", HighTechField.ELECTRONIC_INFORMATION,
				LocalDate.of(2015, 3, 1), false, false, null, null);
	}

	/**
	 * Thousand yuan: revenue 12,000, R&D 600 (5 %), taxes 500, 100 employees (120
	 * thousand yuan each), assets 20,000 = liabilities 8,000 + equity 12,000.
	 */
	public static Map<ReportField, Number> plausibleFigures() {
		Map<ReportField, Number> figures = new EnumMap<>(ReportField.class);
		figures.put(ReportField.INDUSTRIAL_OUTPUT, new BigDecimal("10000"));
		figures.put(ReportField.OPERATING_REVENUE, new BigDecimal("12000"));
		figures.put(ReportField.TECHNOLOGY_REVENUE, new BigDecimal("500"));
		figures.put(ReportField.PRODUCT_SALES_REVENUE, new BigDecimal("11000"));
		figures.put(ReportField.HIGH_TECH_REVENUE, new BigDecimal("6000"));
		figures.put(ReportField.EXPORT_TOTAL, new BigDecimal("1000"));
		figures.put(ReportField.EXPORT_HIGH_TECH, new BigDecimal("400"));
		figures.put(ReportField.EXPORT_TECH_SERVICES, new BigDecimal("100"));
		figures.put(ReportField.RD_EXPENSE, new BigDecimal("600"));
		figures.put(ReportField.RD_EXPENSE_DOMESTIC, new BigDecimal("600"));
		figures.put(ReportField.TOTAL_COSTS, new BigDecimal("11000"));
		figures.put(ReportField.NET_PROFIT, new BigDecimal("800"));
		figures.put(ReportField.TAXES_PAID, new BigDecimal("500"));
		figures.put(ReportField.TOTAL_ASSETS, new BigDecimal("20000"));
		figures.put(ReportField.LIABILITIES, new BigDecimal("8000"));
		figures.put(ReportField.OWNERS_EQUITY, new BigDecimal("12000"));
		figures.put(ReportField.FIXED_ASSET_INVESTMENT, new BigDecimal("700"));
		figures.put(ReportField.ENERGY_CONSUMPTION, new BigDecimal("300"));
		figures.put(ReportField.EMPLOYEES, 100);
		figures.put(ReportField.ST_STAFF, 20);
		figures.put(ReportField.RD_STAFF, 15);
		figures.put(ReportField.INVENTION_PATENTS_APPLIED, 3);
		figures.put(ReportField.INVENTION_PATENTS_GRANTED, 1);
		figures.put(ReportField.INVENTION_PATENTS_OWNED, 5);
		figures.put(ReportField.UTILITY_MODELS_OWNED, 6);
		figures.put(ReportField.DESIGNS_OWNED, 1);
		figures.put(ReportField.SOFTWARE_COPYRIGHTS_OWNED, 4);
		figures.put(ReportField.TECH_CONVERSIONS, 2);
		return figures;
	}

	public static AnnualReport report(long enterpriseId, int year, ReportStatus status) {
		return AnnualReport.of(enterpriseId, year, status, false, plausibleFigures());
	}

	/** The plausible report with some figures replaced. */
	public static AnnualReport report(long enterpriseId, int year, ReportStatus status,
			Map<ReportField, ? extends Number> changes) {
		Map<ReportField, Number> figures = plausibleFigures();
		figures.putAll(changes);
		return AnnualReport.of(enterpriseId, year, status, false, figures);
	}

}
