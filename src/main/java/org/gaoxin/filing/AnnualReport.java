package org.gaoxin.filing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An enterprise's annual report in the shape of the Torch survey (表 GQ-002 and the
 * people/S&T tables). Amounts are in thousand yuan (千元), energy in tonnes of standard
 * coal, people and IP items as counts. See {@link ReportField} for each field's survey
 * code, name and unit.
 * <p>
 * A draft (or a returned report being corrected) keeps whatever was filled in: a figure
 * not filled in is null, never zero. A submitted or approved report is
 * {@link #complete()} (the database refuses it otherwise), and only those are read by
 * evaluations, data quality and qualification assessments.
 */
public record AnnualReport(long enterpriseId, int year, ReportStatus status, boolean aboveDesignatedSize,
		BigDecimal industrialOutput, BigDecimal operatingRevenue, BigDecimal technologyRevenue,
		BigDecimal productSalesRevenue, BigDecimal highTechRevenue, BigDecimal exportTotal, BigDecimal exportHighTech,
		BigDecimal exportTechServices, BigDecimal rdExpense, BigDecimal rdExpenseDomestic, BigDecimal totalCosts,
		BigDecimal netProfit, BigDecimal taxesPaid, BigDecimal totalAssets, BigDecimal liabilities,
		BigDecimal ownersEquity, BigDecimal fixedAssetInvestment, BigDecimal energyConsumption, Integer employees,
		Integer stStaff, Integer rdStaff, Integer inventionPatentsApplied, Integer inventionPatentsGranted,
		Integer inventionPatentsOwned, Integer utilityModelsOwned, Integer designsOwned,
		Integer softwareCopyrightsOwned, Integer techConversions) {

	/**
	 * The same report filed for another enterprise id (a generated or imported report
	 * getting its stored id).
	 */
	public AnnualReport forEnterprise(long id) {
		return new AnnualReport(id, this.year, this.status, this.aboveDesignatedSize, this.industrialOutput,
				this.operatingRevenue, this.technologyRevenue, this.productSalesRevenue, this.highTechRevenue,
				this.exportTotal, this.exportHighTech, this.exportTechServices, this.rdExpense, this.rdExpenseDomestic,
				this.totalCosts, this.netProfit, this.taxesPaid, this.totalAssets, this.liabilities, this.ownersEquity,
				this.fixedAssetInvestment, this.energyConsumption, this.employees, this.stStaff, this.rdStaff,
				this.inventionPatentsApplied, this.inventionPatentsGranted, this.inventionPatentsOwned,
				this.utilityModelsOwned, this.designsOwned, this.softwareCopyrightsOwned, this.techConversions);
	}

	/**
	 * Class II IP (utility models, designs, software copyrights) owned; trademarks do not
	 * count.
	 */
	public int classTwoIpOwned() {
		return this.utilityModelsOwned + this.designsOwned + this.softwareCopyrightsOwned;
	}

	/**
	 * The cross-field rules a plausible report keeps. Each violation names the rule; an
	 * empty list means the report is internally consistent.
	 */
	public List<String> consistencyViolations() {
		return violations().stream().map(ReportViolation::statement).toList();
	}

	/**
	 * The same rules as {@link #consistencyViolations()}, each with the field a form
	 * shows it at and a stable key for its translated message: every figure filled in,
	 * none negative that cannot be, and the cross-field rules.
	 */
	public List<ReportViolation> violations() {
		List<ReportViolation> violations = new ArrayList<>();
		for (ReportField field : ReportField.values()) {
			if (field.valueIn(this) == null) {
				violations.add(new ReportViolation(field, ReportViolation.REQUIRED, field.code() + " is required"));
			}
		}
		violations.addAll(draftViolations());
		check(violations, atMost(this.rdExpense, this.operatingRevenue), ReportField.RD_EXPENSE, "rdWithinRevenue",
				"R&D expense (qc236) ≤ operating revenue (qc05_0)");
		check(violations, atMost(this.rdExpenseDomestic, this.rdExpense), ReportField.RD_EXPENSE_DOMESTIC,
				"domesticRdWithinRd", "domestic R&D expense ≤ R&D expense (qc236)");
		check(violations, atMost(this.highTechRevenue, this.productSalesRevenue), ReportField.HIGH_TECH_REVENUE,
				"highTechWithinSales", "high-tech product revenue (qc09) ≤ product sales revenue (qc07)");
		check(violations, atMost(this.productSalesRevenue, this.operatingRevenue), ReportField.PRODUCT_SALES_REVENUE,
				"salesWithinRevenue", "product sales revenue (qc07) ≤ operating revenue (qc05_0)");
		check(violations, atMost(this.technologyRevenue, this.operatingRevenue), ReportField.TECHNOLOGY_REVENUE,
				"technologyWithinRevenue", "technology revenue (qc06) ≤ operating revenue (qc05_0)");
		check(violations,
				this.exportHighTech == null || this.exportTechServices == null || this.exportTotal == null
						|| this.exportHighTech.add(this.exportTechServices).compareTo(this.exportTotal) <= 0,
				ReportField.EXPORT_TOTAL, "exportsWithinTotal",
				"high-tech and technology-service exports (qc38 + qc11_1) ≤ exports (qc11)");
		check(violations,
				this.liabilities == null || this.ownersEquity == null || this.totalAssets == null
						|| this.liabilities.add(this.ownersEquity).compareTo(this.totalAssets) == 0,
				ReportField.TOTAL_ASSETS, "balanceSheet",
				"liabilities (qc31) + owners' equity (qc33) = total assets (qc24)");
		check(violations, atMost(this.rdStaff, this.employees), ReportField.RD_STAFF, "rdStaffWithinEmployees",
				"R&D staff ≤ employees (qd01)");
		check(violations, atMost(this.stStaff, this.employees), ReportField.ST_STAFF, "stStaffWithinEmployees",
				"S&T staff ≤ employees (qd01)");
		check(violations, atMost(this.inventionPatentsGranted, this.inventionPatentsOwned),
				ReportField.INVENTION_PATENTS_GRANTED, "grantedWithinOwned",
				"invention patents granted in the year ≤ invention patents owned at its end");
		return violations;
	}

	/**
	 * What even a draft must keep: no figure filled in negative that cannot be. A draft
	 * may leave figures blank and break the cross-field rules (it is work in progress).
	 */
	public List<ReportViolation> draftViolations() {
		List<ReportViolation> violations = new ArrayList<>();
		for (ReportField field : ReportField.values()) {
			Number value = field.valueIn(this);
			if (field.nonNegative() && value != null && new BigDecimal(value.toString()).signum() < 0) {
				violations.add(new ReportViolation(field, ReportViolation.NON_NEGATIVE,
						field.code() + " must not be negative"));
			}
		}
		return violations;
	}

	/** Every figure filled in: what a submitted or approved report is. */
	public boolean complete() {
		for (ReportField field : ReportField.values()) {
			if (field.valueIn(this) == null) {
				return false;
			}
		}
		return true;
	}

	/** A rule between two figures holds while either is blank (a draft). */
	private static <T extends Comparable<T>> boolean atMost(T part, T whole) {
		return part == null || whole == null || part.compareTo(whole) <= 0;
	}

	/** The same report in another workflow status. */
	public AnnualReport withStatus(ReportStatus newStatus) {
		return new AnnualReport(this.enterpriseId, this.year, newStatus, this.aboveDesignatedSize,
				this.industrialOutput, this.operatingRevenue, this.technologyRevenue, this.productSalesRevenue,
				this.highTechRevenue, this.exportTotal, this.exportHighTech, this.exportTechServices, this.rdExpense,
				this.rdExpenseDomestic, this.totalCosts, this.netProfit, this.taxesPaid, this.totalAssets,
				this.liabilities, this.ownersEquity, this.fixedAssetInvestment, this.energyConsumption, this.employees,
				this.stStaff, this.rdStaff, this.inventionPatentsApplied, this.inventionPatentsGranted,
				this.inventionPatentsOwned, this.utilityModelsOwned, this.designsOwned, this.softwareCopyrightsOwned,
				this.techConversions);
	}

	/**
	 * A report from its figures by field (a form, an import row); every field must have a
	 * value, counts must be whole numbers.
	 */
	public static AnnualReport of(long enterpriseId, int year, ReportStatus status, boolean aboveDesignatedSize,
			Map<ReportField, ? extends Number> values) {
		return from(enterpriseId, year, status, aboveDesignatedSize, new Figures(values, true));
	}

	/**
	 * A draft from the figures filled in so far: a field without a value stays blank
	 * (null); counts must be whole numbers.
	 */
	public static AnnualReport draft(long enterpriseId, int year, boolean aboveDesignatedSize,
			Map<ReportField, ? extends Number> values) {
		return from(enterpriseId, year, ReportStatus.DRAFT, aboveDesignatedSize, new Figures(values, false));
	}

	private static AnnualReport from(long enterpriseId, int year, ReportStatus status, boolean aboveDesignatedSize,
			Figures f) {
		return new AnnualReport(enterpriseId, year, status, aboveDesignatedSize,
				f.amount(ReportField.INDUSTRIAL_OUTPUT), f.amount(ReportField.OPERATING_REVENUE),
				f.amount(ReportField.TECHNOLOGY_REVENUE), f.amount(ReportField.PRODUCT_SALES_REVENUE),
				f.amount(ReportField.HIGH_TECH_REVENUE), f.amount(ReportField.EXPORT_TOTAL),
				f.amount(ReportField.EXPORT_HIGH_TECH), f.amount(ReportField.EXPORT_TECH_SERVICES),
				f.amount(ReportField.RD_EXPENSE), f.amount(ReportField.RD_EXPENSE_DOMESTIC),
				f.amount(ReportField.TOTAL_COSTS), f.amount(ReportField.NET_PROFIT), f.amount(ReportField.TAXES_PAID),
				f.amount(ReportField.TOTAL_ASSETS), f.amount(ReportField.LIABILITIES),
				f.amount(ReportField.OWNERS_EQUITY), f.amount(ReportField.FIXED_ASSET_INVESTMENT),
				f.amount(ReportField.ENERGY_CONSUMPTION), f.count(ReportField.EMPLOYEES), f.count(ReportField.ST_STAFF),
				f.count(ReportField.RD_STAFF), f.count(ReportField.INVENTION_PATENTS_APPLIED),
				f.count(ReportField.INVENTION_PATENTS_GRANTED), f.count(ReportField.INVENTION_PATENTS_OWNED),
				f.count(ReportField.UTILITY_MODELS_OWNED), f.count(ReportField.DESIGNS_OWNED),
				f.count(ReportField.SOFTWARE_COPYRIGHTS_OWNED), f.count(ReportField.TECH_CONVERSIONS));
	}

	private static void check(List<ReportViolation> violations, boolean kept, ReportField field, String rule,
			String statement) {
		if (!kept) {
			violations.add(new ReportViolation(field, rule, statement));
		}
	}

	private record Figures(Map<ReportField, ? extends Number> values, boolean required) {

		BigDecimal amount(ReportField field) {
			Number value = value(field);
			return (value != null) ? new BigDecimal(value.toString()) : null;
		}

		Integer count(ReportField field) {
			Number value = value(field);
			return (value != null) ? new BigDecimal(value.toString()).intValueExact() : null;
		}

		private Number value(ReportField field) {
			Number value = this.values.get(field);
			if (value == null && this.required) {
				throw new IllegalArgumentException("No value for " + field.code());
			}
			return value;
		}

	}

}
