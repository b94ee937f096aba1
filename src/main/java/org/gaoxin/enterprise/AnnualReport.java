package org.gaoxin.enterprise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An enterprise's annual report in the shape of the Torch survey (表 GQ-002 and the
 * people/S&T tables). Amounts are in thousand yuan (千元), energy in tonnes of standard
 * coal, people and IP items as counts. See {@link ReportField} for each field's survey
 * code, name and unit.
 */
public record AnnualReport(long enterpriseId, int year, ReportStatus status, boolean aboveDesignatedSize,
		BigDecimal industrialOutput, BigDecimal operatingRevenue, BigDecimal technologyRevenue,
		BigDecimal productSalesRevenue, BigDecimal highTechRevenue, BigDecimal exportTotal, BigDecimal exportHighTech,
		BigDecimal exportTechServices, BigDecimal rdExpense, BigDecimal rdExpenseDomestic, BigDecimal totalCosts,
		BigDecimal netProfit, BigDecimal taxesPaid, BigDecimal totalAssets, BigDecimal liabilities,
		BigDecimal ownersEquity, BigDecimal fixedAssetInvestment, BigDecimal energyConsumption, int employees,
		int stStaff, int rdStaff, int inventionPatentsApplied, int inventionPatentsGranted, int inventionPatentsOwned,
		int utilityModelsOwned, int designsOwned, int softwareCopyrightsOwned, int techConversions) {

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

	/** The same figures with another workflow status. */
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
		List<String> violations = new ArrayList<>();
		for (ReportField field : ReportField.values()) {
			Number value = field.valueIn(this);
			if (field.nonNegative() && value != null && new BigDecimal(value.toString()).signum() < 0) {
				violations.add(field.code() + " must not be negative");
			}
		}
		if (this.rdExpense.compareTo(this.operatingRevenue) > 0) {
			violations.add("R&D expense (qc236) ≤ operating revenue (qc05_0)");
		}
		if (this.rdExpenseDomestic.compareTo(this.rdExpense) > 0) {
			violations.add("domestic R&D expense ≤ R&D expense (qc236)");
		}
		if (this.highTechRevenue.compareTo(this.productSalesRevenue) > 0) {
			violations.add("high-tech product revenue (qc09) ≤ product sales revenue (qc07)");
		}
		if (this.productSalesRevenue.compareTo(this.operatingRevenue) > 0) {
			violations.add("product sales revenue (qc07) ≤ operating revenue (qc05_0)");
		}
		if (this.technologyRevenue.compareTo(this.operatingRevenue) > 0) {
			violations.add("technology revenue (qc06) ≤ operating revenue (qc05_0)");
		}
		if (this.exportHighTech.add(this.exportTechServices).compareTo(this.exportTotal) > 0) {
			violations.add("high-tech and technology-service exports (qc38 + qc11_1) ≤ exports (qc11)");
		}
		if (this.liabilities.add(this.ownersEquity).compareTo(this.totalAssets) != 0) {
			violations.add("liabilities (qc31) + owners' equity (qc33) = total assets (qc24)");
		}
		if (this.rdStaff > this.employees) {
			violations.add("R&D staff ≤ employees (qd01)");
		}
		if (this.stStaff > this.employees) {
			violations.add("S&T staff ≤ employees (qd01)");
		}
		if (this.inventionPatentsGranted > this.inventionPatentsOwned) {
			violations.add("invention patents granted in the year ≤ invention patents owned at its end");
		}
		return violations;
	}

}
